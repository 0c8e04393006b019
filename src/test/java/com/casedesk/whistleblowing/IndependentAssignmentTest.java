package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.process.TaskRuleViolation;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 独立分派 Independent assignment (issue 4): staff named in a report and the people of the reported
 * unit neither see nor take any of its tasks, even when their group is the task's candidate group.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndependentAssignmentTest {

    /** An investigator who also works in the sales department (the reported unit below). */
    static final String SALES_INVESTIGATOR = "wb-sales-investigator";

    @Autowired ReportIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired InvolvedPersons involved;
    @Autowired EngineDriver driver;
    @Autowired ObjectMapper json;

    @BeforeAll
    void staff() {
        if (identityService.createUserQuery().userId(SALES_INVESTIGATOR).count() == 0) {
            var user = identityService.newUser(SALES_INVESTIGATOR);
            user.setFirstName("苏晴");
            user.setLastName("举报调查");
            user.setPassword("not-used-here");
            identityService.saveUser(user);
            identityService.createMembership(SALES_INVESTIGATOR, StaffGroups.WB_INVESTIGATOR);
            identityService.createMembership(SALES_INVESTIGATOR, StaffGroups.DEPT_SALES);
        }
    }

    @Test
    void staffBearingTheReportedNameAreBarredFromTheFirstTaskOn() throws Exception {
        // 高远 is the demo investigator wb-investigator
        ProcessInstance pi = report("高远");
        assertThat(involved.isInvolved(pi.getBusinessKey(), "wb-investigator")).isTrue();
        assertThat(involved.isInvolved(pi.getBusinessKey(), "wb-investigator2")).isFalse();

        admit(pi, Map.of());

        String investigate = driver.task(pi, Elements.INVESTIGATE).getId();
        assertThat(visibleTo("wb-investigator", pi)).isEmpty();
        assertThat(visibleTo("wb-investigator2", pi)).containsExactly(investigate);
        assertThatThrownBy(() -> driver.as("wb-investigator", () -> taskService.claim(investigate, "wb-investigator")))
                .isInstanceOf(AuthorizationException.class);
        // refused before the command runs (issue 13 §4, the engine seam's TaskCommandGuard): a 403 on REST
        assertThatThrownBy(() -> taskService.setAssignee(investigate, "wb-investigator"))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("独立性");
        driver.as("wb-investigator2", () -> taskService.claim(investigate, "wb-investigator2"));
    }

    @Test
    void theAssessorNamesStaffAndTheReportedUnitWhoseMembersThenSeeNothing() throws Exception {
        ProcessInstance pi = report("王某");
        assertThat(involved.isInvolved(pi.getBusinessKey(), SALES_INVESTIGATOR)).isFalse();

        admit(pi, Map.of(Vars.INVOLVED_STAFF.name(), "wb-investigator2， ", Vars.REPORTED_UNIT_GROUP.name(), StaffGroups.DEPT_SALES));

        assertThat(involved.isInvolved(pi.getBusinessKey(), "wb-investigator2")).isTrue();
        assertThat(involved.isInvolved(pi.getBusinessKey(), SALES_INVESTIGATOR)).isTrue();
        assertThat(involved.isInvolved(pi.getBusinessKey(), "sales")).as("the demo sales user").isTrue();
        String investigate = driver.task(pi, Elements.INVESTIGATE).getId();
        assertThat(visibleTo(SALES_INVESTIGATOR, pi)).isEmpty();
        assertThat(visibleTo("wb-investigator2", pi)).isEmpty();
        assertThat(visibleTo("wb-investigator", pi)).containsExactly(investigate);
        assertThatThrownBy(() -> taskService.setAssignee(investigate, SALES_INVESTIGATOR))
                .isInstanceOf(TaskRuleViolation.class);
    }

    @Test
    void anUnknownStaffIdOrUnitIsRefusedAndTheAssessmentStaysOpen() {
        ProcessInstance pi = report("王某");
        assertThatThrownBy(() -> admit(pi, Map.of(Vars.INVOLVED_STAFF.name(), "no-such-person")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.INVOLVED_STAFF.name());
        assertThatThrownBy(() -> admit(pi, Map.of(Vars.REPORTED_UNIT_GROUP.name(), StaffGroups.WB_COMMITTEE)))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.REPORTED_UNIT_GROUP.name());
        assertThat(driver.task(pi, Elements.ASSESS)).isNotNull();
        assertThat(involved.isInvolved(pi.getBusinessKey(), "no-such-person")).isFalse();
    }

    private ProcessInstance report(String reportedName) {
        var submission = json.convertValue(Map.of("anonymous", true,
                "reportedParty", Map.of("name", reportedName, "unit", "销售管理部"),
                "description", "销售人员私下收取客户费用。", "occurredAt", "2026-09-01", "location", "北京"),
                ReportSubmission.class);
        String number = intake.register(submission).reportNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private void admit(ProcessInstance pi, Map<String, Object> involvement) {
        Map<String, Object> variables = new HashMap<>(Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE", Vars.URGENCY.name(), "NORMAL",
                Vars.ADMISSIBILITY.name(), "ADMITTED"));
        variables.putAll(involvement);
        String assess = driver.task(pi, Elements.ASSESS).getId();
        driver.as("wb-intake", () -> taskService.complete(assess, variables));
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
    }

    /** The report's open tasks the user sees, as Tasklist would show them. */
    private List<String> visibleTo(String user, ProcessInstance pi) {
        var ids = new java.util.ArrayList<String>();
        driver.as(user, () -> taskService.createTaskQuery().processInstanceId(pi.getId()).list()
                .forEach(t -> ids.add(t.getId())));
        return ids;
    }
}
