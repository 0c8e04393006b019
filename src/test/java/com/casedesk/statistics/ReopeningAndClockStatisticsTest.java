package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Rounds, callbacks and reopenings, and the on-time rate against the original statutory date, through the
 * real process and the statistics API. The database is shared with other test classes, so each test compares
 * the figures of its period before and after its own case's step.
 */
@PostgresTest
class ReopeningAndClockStatisticsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired EngineDriver driver;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintActions actions;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void twoUnsatisfiedRoundsAreTwoUnsatisfiedCallbacksAndTwoReopenings() throws Exception {
        clock(2026, 10, 12, 9);
        String period = "from=2026-10-12&to=2026-10-13";
        ProcessInstance pi = register();
        clock(2026, 10, 13, 9);
        JsonNode before = figures(period);

        for (int round = 1; round <= 2; round++) {
            investigateAndDecide(pi);
            driver.executeJob(pi, Elements.SEND_DECISION);
            taskService.complete(driver.task(pi, Elements.CALLBACK).getId(),
                    withVariables(Vars.CALLBACK_OUTCOME.name(), "UNSATISFIED"));
        }
        taskService.complete(driver.task(pi, Elements.REVIEW_UNSATISFIED).getId(),
                withVariables(Vars.SUPERVISOR_OUTCOME.name(), "REHANDLE", Vars.SUPERVISOR_NOTE.name(), "主管督办"));
        clock(2026, 10, 13, 10);
        JsonNode after = figures(period);

        assertThat(delta(before, after, "/totals/unsatisfiedRounds")).isEqualTo(2);
        assertThat(delta(before, after, "/rounds/reopenedUnsatisfied")).isEqualTo(2);
        assertThat(delta(before, after, "/rounds/reopenedAfterReview")).isZero();
        assertThat(delta(before, after, "/rounds/callbacks/UNSATISFIED")).isEqualTo(2);
        assertThat(delta(before, after, "/rounds/callbacks/SATISFIED")).isZero();
        // the case is open: no callback of a closed case
        assertThat(delta(before, after, "/callbacks/UNSATISFIED")).isZero();
    }

    @Test
    void anExtendedCaseIsOnTimeAgainstItsCurrentDateAndLateAgainstItsOriginalOne() throws Exception {
        clock(2026, 9, 1, 9);
        ProcessInstance pi = register();
        String caseNumber = pi.getBusinessKey();
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                withVariables(Vars.RESOLVED_ON_SPOT.name(), "false"));
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(Vars.FINDINGS.name(),
                "需调取三方记录", Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES", Vars.COMPLEX.name(), true));
        driver.asApiUser("executive", () -> actions.requestExtension(caseNumber, "需等待监管部门协查结果"));
        ProcessInstance extension = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).active().singleResult();
        driver.as("executive2", () -> taskService.complete(taskService.createTaskQuery()
                .processInstanceId(extension.getId()).singleResult().getId(),
                withVariables("extensionApproved", "true", "approvalNote", "同意延期")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(extension.getId())
                .singleResult().getId());

        // 15 days from 09-01 end on 09-16: decided on 09-20, within the complex and extended period only
        clock(2026, 9, 20, 9);
        String period = "from=2026-09-20&to=2026-09-20";
        JsonNode before = figures(period);
        taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(Vars.RESULT.name(), "UPHELD",
                Vars.RESOLUTION.name(), "依据合同第5条赔付。"));
        clock(2026, 9, 20, 10);
        JsonNode after = figures(period);

        assertThat(delta(before, after, "/clock/decided")).isOne();
        assertThat(delta(before, after, "/clock/decidedWithinStatutory")).isOne();
        assertThat(delta(before, after, "/clock/decidedWithinOriginalStatutory")).isZero();
        assertThat(delta(before, after, "/clock/extensions")).isOne();
        assertThat(delta(before, after, "/totals/decidedWithinStatutory")).isOne();
        String report = http.withBasicAuth("manager", "demo")
                .getForObject("/api/statistics/monthly-report?month=2026-09", String.class);
        assertThat(report).contains("<th>法定期限内决定率（按受理时原始法定期限）</th>", "<th>其中期限延长（次，经批准）</th>");
    }

    private ProcessInstance register() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-handling").singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private void investigateAndDecide(ProcessInstance pi) {
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                withVariables(Vars.RESOLVED_ON_SPOT.name(), "false"));
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(
                Vars.FINDINGS.name(), "材料已补齐，审核超期。", Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                Vars.RESULT.name(), "PARTIALLY_UPHELD", Vars.RESOLUTION.name(), "赔付已核定部分。"));
    }

    private JsonNode figures(String period) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/statistics/complaints?" + period, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static long delta(JsonNode before, JsonNode after, String pointer) {
        assertThat(after.at(pointer).isMissingNode()).as(pointer).isFalse();
        return after.at(pointer).asLong() - before.at(pointer).asLong();
    }

    private static void clock(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(year, month, day).atTime(hour, 0), SHANGHAI)
                .toInstant()));
    }
}
