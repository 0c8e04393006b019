package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.notice.NoticeFailureProcess.Elements;
import com.casedesk.complaint.notice.NoticeFailureProcess.Vars;
import com.casedesk.process.FailedJobObserver.FailedJob;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.StaffAlertJobs;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code complaint-notice-failure} on PostgreSQL, started as the engine seam starts it (a failed
 * notice job's incident). The case is written through the ledger, not driven through
 * complaint-handling, so this class's coverage measures the escalation model (NoticeIncidentTest
 * drives a real incident).
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class NoticeFailureProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintRepository complaints;
    @Autowired CaseEventLog events;
    @Autowired NoticeFailures failures;
    @Autowired @Qualifier(CaseNumbers.COMPLAINTS) CaseNumbers caseNumbers;
    @Autowired ComplaintClock clock;
    @Autowired ManagementService managementService;

    @BeforeEach
    void assertions() {
        AbstractAssertions.init(engine);
    }

    /** The escalation tasks' alerts (notice-staff-alert): measured whole, see StaffAlertJobs. */
    @AfterEach
    void sendAlerts() {
        StaffAlertJobs.sendPending(managementService);
    }

    @Test
    void aLevel1CasesFailedNoticeGoesToTheLeadershipGroupAndItsNoteToTheEventLog() {
        String caseNumber = graded(1, "complaint-leadership");

        failures.incidentCreated(failed(caseNumber, "complaint-handling", "Task_SendDecisionNotice"));

        ProcessInstance pi = single(caseNumber);
        assertThat(pi).isWaitingAt(Elements.HANDLE).hasPassed(Elements.FAILED);
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("complaint-leadership");
        assertThat(task.getDueDate().toInstant()).isBeforeOrEqualTo(complaints.getByCaseNumber(caseNumber).getReplyDueBy());
        assertThatThrownBy(() -> taskService.complete(task.getId())).as("a note is required")
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.NOTE.name());

        taskService.complete(task.getId(), withVariables(Vars.NOTE.name(), "已当面告知，运维已修复短信通道。"));

        assertThat(pi).isEnded().hasPassedInOrder(Elements.FAILED, Elements.HANDLE, Elements.HANDLED);
        assertThat(types(caseNumber)).containsSubsequence("NOTICE_FAILED", "SUPERVISION_RECORDED");
    }

    @Test
    void aStaffAlertOrAnUnknownCaseDoesNotEscalateAndOneNoticeEscalatesOnceWhileItsTaskIsOpen() {
        String caseNumber = graded(3, "complaint-frontline");

        failures.incidentCreated(failed(caseNumber, "complaint-handling", "Task_RemindHandler"));
        failures.incidentCreated(failed("TS-NONE", "complaint-handling", "Task_SendDecisionNotice"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeFailureProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count()).isZero();

        failures.incidentCreated(failed(caseNumber, "complaint-notice", "Task_SendNotice"));
        failures.incidentCreated(failed(caseNumber, "complaint-notice", "Task_SendNotice"));

        ProcessInstance pi = single(caseNumber);
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("complaint-supervisor");
        assertThat(types(caseNumber).stream().filter("NOTICE_FAILED"::equals)).hasSize(1);
        taskService.complete(task.getId(), withVariables(Vars.NOTE.name(), "已重发。"));
        assertThat(pi).isEnded();
    }

    @Test
    void aFailedReviewNoticeEscalatesToo() {
        String caseNumber = graded(3, "complaint-frontline");

        failures.incidentCreated(failed(caseNumber, "complaint-review", "Task_SendReviewNotice"));

        ProcessInstance pi = single(caseNumber);
        assertThat(pi).variables().containsEntry(Vars.FAILED_ACTIVITY.name(), "Task_SendReviewNotice");
        assertThat(types(caseNumber).stream().filter("NOTICE_FAILED"::equals)).hasSize(1);
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        taskService.complete(task.getId(), withVariables(Vars.NOTE.name(), "已电话告知核查结论。"));
        assertThat(pi).isEnded();
    }

    private String graded(int level, String handlingGroup) {
        Instant now = clock.now();
        String caseNumber = caseNumbers.next(now);
        Complaint complaint = Complaint.register(caseNumber, Complaints.ordinary(), now, clock.replyDueBy(now), "frontline");
        complaint.applyGrade(level, "test", handlingGroup, false);
        complaints.save(complaint);
        return caseNumber;
    }

    private static FailedJob failed(String caseNumber, String processKey, String activityId) {
        return new FailedJob("incident-1", processKey, "pi-1", caseNumber, activityId, "channel SMS is down");
    }

    private ProcessInstance single(String caseNumber) {
        List<ProcessInstance> found = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(NoticeFailureProcess.KEY).processInstanceBusinessKey(caseNumber).list();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<String> types(String caseNumber) {
        return events.history(caseNumber).stream().map(e -> e.eventType()).toList();
    }
}
