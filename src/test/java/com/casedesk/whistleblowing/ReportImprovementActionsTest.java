package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 总结与改进 (issue 4): a report's improvement actions are tracked like a complaint's rectifications —
 * each its own complaint-rectification process for the responsible department, with its deadline.
 */
@PostgresTest
class ReportImprovementActionsTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired JdbcTemplate jdbc;
    @Autowired EngineDriver driver;

    @Test
    void theCommitteesImprovementActionsRunAsRectificationsOfTheReport() {
        ProcessInstance pi = atSummary();
        Map<String, Object> summary = summary();
        summary.put("rectificationDepartment1", "dept-operations");
        summary.put("rectificationAction1", "放款前增加独立复核");
        summary.put("rectificationDeadline1", "2027-03-31");

        driver.as("wb-committee", () -> taskService.complete(driver.task(pi, Elements.SUMMARY).getId(), summary));

        String number = pi.getBusinessKey();
        assertThat(jdbc.queryForObject("select count(*) from rectification_action where case_number = ? and department = ?",
                Integer.class, number, "dept-operations")).isOne();
        Task action = taskService.createTaskQuery().processDefinitionKey("complaint-rectification")
                .processInstanceBusinessKey(number).singleResult();
        assertThat(action).isNotNull();
        assertThat(driver.candidateGroups(action)).containsExactly("dept-operations");
        assertThat(action.getDueDate()).isNotNull();
        assertThat(jdbc.queryForList("select event_type from case_event where case_number = ?", String.class, number))
                .contains("IMPROVEMENT_RECORDED", "RECTIFICATION_OPENED");
    }

    @Test
    void aBadActionIsRefusedNamingTheRowAndTheSummaryStaysOpen() {
        ProcessInstance pi = atSummary();
        Map<String, Object> summary = summary();
        summary.put("rectificationDepartment1", "whistleblowing-committee");
        summary.put("rectificationAction1", "x");
        summary.put("rectificationDeadline1", "2027-03-31");

        assertThatThrownBy(() -> driver.as("wb-committee",
                () -> taskService.complete(driver.task(pi, Elements.SUMMARY).getId(), summary)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("整改措施1");
        assertThat(driver.task(pi, Elements.SUMMARY)).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from rectification_action where case_number = ?",
                Integer.class, pi.getBusinessKey())).isZero();
    }

    private ProcessInstance atSummary() {
        String number = "JB20261123" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return runtimeService.createProcessInstanceByKey(WbProcess.KEY).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number)
                .setVariable(Vars.PSEUDONYM.name(), "举报人-" + number.substring(10))
                .setVariable(Vars.ANONYMOUS.name(), true)
                .startBeforeActivity(Elements.SUMMARY)
                .execute();
    }

    private static Map<String, Object> summary() {
        return new HashMap<>(Map.of(Vars.ROOT_CAUSE.name(), "审批权限集中", Vars.CONTROL_FIXES.name(), "双人复核"));
    }
}
