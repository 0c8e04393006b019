package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.RestDeployments;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The company's periods and thresholds are the decision tables of {@code complaint-periods.dmn}: a process
 * owner deploys a changed table from Modeler ({@code POST /engine-rest/deployment/create}) and the next due
 * date follows it, without a restart; a table the service could not read is refused on deployment.
 */
@PostgresTest
class CompanyPeriodsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String FILE = "complaint-periods.dmn";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired EngineDriver driver;
    @Autowired ComplaintIntake intake;
    @Autowired CompanyPeriods periods;
    @Autowired ComplaintPolicy policy;

    private final List<String> deployments = new ArrayList<>();

    @BeforeEach
    void at9OnAMonday() {
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
    }

    @AfterEach
    void shippedTableAgain() {
        deployments.forEach(id -> repositoryService.deleteDeployment(id, true));
        ClockUtil.reset();
    }

    @Test
    void theShippedTableHoldsTheValuesTheServiceAlwaysHad() {
        CompanyPeriods.Values values = periods.current();

        assertThat(values.periods()).containsEntry(CompanyPeriod.HANDOVER, Duration.ofHours(2))
                .containsEntry(CompanyPeriod.FORWARD_TO_LEADERSHIP, Duration.ofMinutes(30))
                .containsEntry(CompanyPeriod.LEADERSHIP_MEETING, Duration.ofHours(4))
                .containsEntry(CompanyPeriod.PROGRESS_REPORT_EVERY, Duration.ofDays(1))
                .containsEntry(CompanyPeriod.PROGRESS_REPORT_WITHIN, Duration.ofHours(4))
                .containsEntry(CompanyPeriod.CALLBACK, Duration.ofDays(3))
                .containsEntry(CompanyPeriod.REMINDER_BEFORE, Duration.ofDays(3))
                .containsEntry(CompanyPeriod.ESCALATION_TASK, Duration.ofDays(1))
                .hasSize(CompanyPeriod.values().length);
        assertThat(values.compensationApprovalAbove()).isEqualByComparingTo("10000");
        assertThat(values.maxUnsatisfiedRounds()).isEqualTo(2);
    }

    @Test
    void aChangedPeriodGivesTheNextCaseItsDueDateAndARunningCaseItsNextStepsButNoDateAlreadySet() {
        ProcessInstance runningLevel2 = register(Complaints.with(Channel.APP, new BigDecimal("100"),
                Set.of(ComplaintFlag.AGITATED), 1));
        ProcessInstance runningLevel3 = register(Complaints.ordinary());
        assertThat(driver.task(runningLevel2, Elements.HAND_OVER).getDueDate()).isEqualTo(at(2, 11, 0));
        String shippedTables = periods.current().tables();

        deploy(change("Rule_Period_Handover_Duration", "\"PT2H\"", "\"PT1H\"")
                .andThen(change("Rule_Period_Callback_Duration", "\"P3D\"", "\"P5D\""))::apply);

        ProcessInstance next = register(Complaints.with(Channel.APP, new BigDecimal("100"),
                Set.of(ComplaintFlag.AGITATED), 1));
        assertThat(driver.task(next, Elements.HAND_OVER).getDueDate()).isEqualTo(at(2, 10, 0));
        assertThat(driver.job(next, Elements.HANDOVER_OVERDUE_TIMER).getDuedate()).isEqualTo(at(2, 10, 0));
        // a date already set stays: the running case's hand-over was due at 11:00 when it started
        assertThat(driver.task(runningLevel2, Elements.HAND_OVER).getDueDate()).isEqualTo(at(2, 11, 0));
        assertThat(driver.job(runningLevel2, Elements.HANDOVER_OVERDUE_TIMER).getDuedate()).isEqualTo(at(2, 11, 0));
        // a step the running case reaches after the change has the new period: 5 days to call back
        decide(runningLevel3);
        assertThat(driver.task(runningLevel3, Elements.CALLBACK).getDueDate()).isEqualTo(at(7, 9, 0));
        assertThat(periods.current().tables()).isNotEqualTo(shippedTables);
    }

    @Test
    void aChangedThresholdAppliesToTheNextDecision() {
        assertThat(policy.needsCompensationApproval(3000)).isFalse();

        deploy(change("Rule_Threshold_CompensationApprovalAbove_Value", "10000", "2000"));

        assertThat(policy.needsCompensationApproval(3000)).isTrue();
        assertThat(policy.needsCompensationApproval(2000)).isFalse();
    }

    @Test
    void aTableMissingAPeriodOrWithAnUnreadableOneIsRefusedNamingEachAndNothingChanges() throws Exception {
        long versions = repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CompanyPeriods.PERIODS_DECISION).count();
        UnaryOperator<String> broken = change("Rule_Period_Handover_Duration", "\"PT2H\"", "\"2 hours\"")
                .andThen(t -> t.replaceAll("(?s)<rule id=\"Rule_Period_Callback\">.*?</rule>\\s*", ""))
                .andThen(change("Rule_Threshold_MaxUnsatisfiedRounds_Value", "2", "1.5"))::apply;

        ResponseEntity<String> response = post(broken.apply(shipped()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String message = json.readTree(response.getBody()).get("message").asText();
        assertThat(message).contains("Rule_Period_Handover", "2 hours", "ISO-8601")
                .contains("no row for CALLBACK")
                .contains("Rule_Threshold_MaxUnsatisfiedRounds", "not a positive whole number");
        assertThat(repositoryService.createDecisionDefinitionQuery()
                .decisionDefinitionKey(CompanyPeriods.PERIODS_DECISION).count()).isEqualTo(versions);
        assertThat(periods.current().of(CompanyPeriod.CALLBACK)).isEqualTo(Duration.ofDays(3));
    }

    // --- helpers

    private static Date at(int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(2026, 11, day, hour, minute, 0, 0, SHANGHAI).toInstant());
    }

    private ProcessInstance register(ComplaintSubmission submission) {
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    /** A Level 3 case from its first task to the decision notice, which starts the callback. */
    private void decide(ProcessInstance pi) {
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                withVariables(Vars.RESOLVED_ON_SPOT.name(), "false"));
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(
                Vars.FINDINGS.name(), "理赔材料已补齐，审核超期。", Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                Vars.RESULT.name(), "PARTIALLY_UPHELD", Vars.RESOLUTION.name(), "依据保险合同第5条，赔付已核定部分。",
                Vars.COMPENSATION_AMOUNT.name(), 3000.0));
        driver.executeJob(pi, Elements.SEND_DECISION);
    }

    private static UnaryOperator<String> change(String entryId, String from, String to) {
        String entry = "<outputEntry id=\"" + entryId + "\">\n          <text>" + from + "</text>";
        return table -> {
            assertThat(table).contains(entry);
            return table.replace(entry, entry.replace(">" + from + "<", ">" + to + "<"));
        };
    }

    private static String shipped() throws Exception {
        return Files.readString(Path.of("processes/complaint/" + FILE), StandardCharsets.UTF_8);
    }

    private void deploy(UnaryOperator<String> change) {
        try {
            ResponseEntity<String> response = post(change.apply(shipped()));
            assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
            deployments.add(json.readTree(response.getBody()).get("id").asText());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** As Camunda Modeler deploys: the process owner's multipart request to the engine's REST API. */
    private ResponseEntity<String> post(String dmn) {
        return RestDeployments.deploy(http, "owner", "demo", "company-periods-change", Map.of(FILE, dmn));
    }
}
