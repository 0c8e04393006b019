package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.variable.Variables.createVariables;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.StartFacts;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.process.EngineTaskHistory;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20, lean intake: a complaint's start writes the routing facts and the forms' own words as variables,
 * the grading-only facts not at all (the grading decision's history records them), no variable-update detail
 * for what the service writes, and no decision instance for a configuration lookup already read for the
 * table's version — while a person's task values keep their details, which the what-if staffing fit reads.
 */
@PostgresTest
class LeanIntakeTest {

    private static final Set<String> STORED = Set.of(Vars.CASE_NUMBER.name(), Vars.RECEIVED_AT.name(), Vars.REPLY_DUE_BY.name(),
            Vars.FACTS.name(), Vars.HANDLING_ROUND.name(),
            Vars.LEVEL.name(), Vars.HANDLING_GROUP.name(), Vars.ESCALATION_GROUP.name(), Vars.GRADING_REASON.name(),
            Vars.RESPONSIBLE_DEPARTMENT.name(), Vars.INVESTIGATION_GROUP.name(), Vars.RESOLVED_ON_SPOT.name(),
            Vars.SATISFIED_ON_SPOT.name(), Vars.MAJOR.name());

    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired RepositoryService repositoryService;
    @Autowired EngineDriver driver;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aComplaintStartsWithItsRoutingFactsOnlyAndTheGradingDecisionRecordsItsInputs() {
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("80000.00"),
                Set.of(ComplaintFlag.AGITATED), 3));

        assertThat(runtimeService.getVariables(pi.getId()).keySet()).containsExactlyInAnyOrderElementsOf(STORED);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(HistoricVariableInstance::getName)
                .doesNotContain(StartFacts.CLAIMED_AMOUNT.name(), StartFacts.CHANNEL.name(), StartFacts.CATEGORY.name(),
                        StartFacts.BUSINESS_LINE.name(), StartFacts.JOINT_COMPLAINANTS.name(),
                        "complaintRequest", "respondentUnit",
                        ComplaintFlag.AGITATED.variable());
        // the table graded on what the complaint said: level 2 for the amount and the flag
        assertThat(runtimeService.getVariable(pi.getId(), Vars.LEVEL.name())).isEqualTo(2);
        var grading = historyService.createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .decisionDefinitionKey(ComplaintProcess.GRADING_DECISION).includeInputs().singleResult();
        Map<String, Object> inputs = grading.getInputs().stream().collect(Collectors.toMap(
                HistoricDecisionInputInstance::getClauseName, HistoricDecisionInputInstance::getValue));
        assertThat(inputs).containsValues(80000.0, true, 3);
        // what the service wrote while it started the case and ran its jobs has no update details
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void aPersonsTaskValuesKeepTheirDetailsAndTheStaffingFitStillReadsThem() {
        Instant from = Instant.now().minusSeconds(60);
        ProcessInstance pi = register(Complaints.ordinary());
        String resolve = driver.task(pi, Elements.FRONTLINE_RESOLVE).getId();

        driver.as("frontline", () -> taskService.complete(resolve, createVariables()
                .putValue(Vars.RESOLVED_ON_SPOT.name(), "false").putValue(Vars.SATISFIED_ON_SPOT.name(), true)));
        runtimeService.setVariable(pi.getId(), "touchedByApi", "a value set through the API");

        assertThat(historyService.createHistoricDetailQuery().processInstanceId(pi.getId()).variableUpdates().list())
                .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
                .contains(Vars.RESOLVED_ON_SPOT.name(), Vars.SATISFIED_ON_SPOT.name(), "touchedByApi");
        List<Map<String, Object>> submitted = jdbc.queryForList(EngineTaskHistory.submittedValues(1),
                Timestamp.from(from), Timestamp.from(Instant.now().plusSeconds(60)), Vars.SATISFIED_ON_SPOT.name());
        assertThat(submitted).anySatisfy(row -> {
            assertThat(row.get("task_id")).isEqualTo(resolve);
            assertThat(row.get("long_value")).isEqualTo(1L);
        });
    }

    @Test
    void theLevelPolicyIsReadOncePerTableVersionAndANewVersionCountsAtOnce() throws Exception {
        register(Complaints.ordinary());
        long lookups = lookups();
        register(Complaints.ordinary());
        register(Complaints.ordinary());
        assertThat(lookups()).as("no decision instance for a lookup already read").isEqualTo(lookups);

        // the same rows again: a new version all the same, read anew
        String table = Files.readString(Path.of("processes/complaint/complaint-level-policy.dmn"), StandardCharsets.UTF_8);
        repositoryService.createDeployment().name("lean-intake-test").addString("complaint-level-policy.dmn", table).deploy();
        try {
            String latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(LevelPolicy.DECISION)
                    .latestVersion().singleResult().getId();
            register(Complaints.ordinary());
            register(Complaints.ordinary());
            assertThat(lookups()).as("the new version read once").isEqualTo(lookups + 1);
            assertThat(historyService.createHistoricDecisionInstanceQuery().decisionDefinitionId(latest).count()).isOne();
        } finally {
            repositoryService.createDeploymentQuery().deploymentName("lean-intake-test").list()
                    .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
        }
    }

    private long lookups() {
        return historyService.createHistoricDecisionInstanceQuery().decisionDefinitionKey(LevelPolicy.DECISION).count();
    }

    private ProcessInstance register(com.casedesk.complaint.ComplaintSubmission submission) {
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }
}
