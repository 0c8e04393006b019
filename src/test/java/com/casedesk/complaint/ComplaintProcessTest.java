package com.casedesk.complaint;

import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.process.TaskRuleViolation;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code complaint-handling} on PostgreSQL, through the real intake, delegates and
 * ledger. Jobs (async steps and timers) are executed explicitly; nothing waits on the clock.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ComplaintProcessTest {

    @Autowired com.casedesk.support.EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired OutboxRepository outbox;
    @Autowired CaseEventLog events;
    @Autowired TestNotificationGateway gateway;
    @Autowired ComplaintActions actions;
    @Autowired IdentityService identityService;
    @Autowired com.casedesk.complaint.clock.StatutoryClock statutoryClock;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @BeforeEach
    void useEngine() {
        AbstractAssertions.init(engine);
        gateway.setDown(false);
    }

    @AfterEach
    void channelsUpAndClockBack() {
        gateway.setDown(false);
        ClockUtil.reset();
    }

    @Test
    void level3ComplaintIsHandledByTheFrontLineAndClosedWhenTheComplainantIsSatisfied() {
        ProcessInstance pi = registerWithoutAcknowledgement(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();

        assertThat(pi).isWaitingAt(Elements.FRONTLINE_RESOLVE, Elements.ACKNOWLEDGE);
        assertThat(pi).variables().containsEntry(Vars.LEVEL.name(), 3).containsEntry(Vars.HANDLING_GROUP.name(), "complaint-frontline")
                .containsEntry(Vars.RESPONSIBLE_DEPARTMENT.name(), "dept-claims")
                .containsEntry(Vars.INVESTIGATION_GROUP.name(), "complaint-frontline");
        Task resolve = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        assertThat(driver.candidateGroups(resolve)).containsExactly("complaint-frontline");
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        assertThat(resolve.getDueDate()).isEqualTo(Date.from(complaint.getReplyDueBy()));
        assertThat(complaint.getLevel()).isEqualTo(3);
        assertThat(complaint.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);

        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        assertThat(pi).hasPassed(Elements.ACKNOWLEDGED);
        OutboxMessage ack = notice(caseNumber, NoticePurpose.ACKNOWLEDGEMENT);
        assertThat(ack.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(ack.recipient()).isEqualTo("13800138000");
        assertThat(ack.sentAt()).isNotNull();
        assertThat(ack.content()).contains(caseNumber);

        toInvestigation(pi);
        Task investigate = driver.task(pi, Elements.INVESTIGATE);
        assertThat(driver.candidateGroups(investigate)).containsExactly("complaint-frontline");
        // the investigation has its own working-day deadline, never past the reply deadline
        Complaint investigating = complaints.getByCaseNumber(caseNumber);
        assertThat(investigate.getDueDate()).isEqualTo(Date.from(investigating.getInvestigationDueBy()));
        assertThat(investigating.getInvestigationDueBy()).isBeforeOrEqualTo(investigating.getReplyDueBy());
        investigateAndDecide(pi);
        assertThat(pi).isWaitingAt(Elements.SEND_DECISION);
        assertThat(complaints.getByCaseNumber(caseNumber).getStatus()).isEqualTo(ComplaintStatus.DECIDED);

        driver.executeJob(pi, Elements.SEND_DECISION);
        OutboxMessage decision = notice(caseNumber, NoticePurpose.DECISION);
        assertThat(decision.content()).contains("部分支持").contains("30日内").contains("调解、仲裁或依法提起诉讼");
        assertThat(complaints.getByCaseNumber(caseNumber).getStatus()).isEqualTo(ComplaintStatus.FEEDBACK_SENT);

        assertThat(pi).isWaitingAt(Elements.CALLBACK);
        Task callback = driver.task(pi, Elements.CALLBACK);
        assertThat(driver.candidateGroups(callback)).containsExactly("complaint-frontline");
        assertThat(callback.getDueDate()).isNotNull();
        taskService.complete(callback.getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "SATISFIED", Vars.CALLBACK_NOTE.name(), "客户表示满意"));

        assertThat(pi).isEnded().hasPassedInOrder(Elements.GRADE, Elements.APPLY_GRADE, Elements.FRONTLINE_RESOLVE, Elements.INVESTIGATE,
                Elements.DECIDE, Elements.SEND_DECISION, Elements.CALLBACK, Elements.CLOSE, Elements.CLOSED);
        assertThat(pi).hasNotPassed(Elements.REOPEN);
        Complaint closed = complaints.getByCaseNumber(caseNumber);
        assertThat(closed.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(closed.getResult()).isEqualTo("PARTIALLY_UPHELD");
        assertThat(closed.getCompensationAmount()).isEqualByComparingTo("3000.00");
        assertThat(closed.getFindings()).isEqualTo("理赔材料已于11月1日补齐，审核超期。");
        assertThat(closed.getCallbackOutcome()).isEqualTo("SATISFIED");
        assertThat(eventTypes(caseNumber)).containsSubsequence("RECEIVED", "GRADED", "DEPARTMENT_ASSIGNED", "TASK_CREATED", "ACKNOWLEDGED",
                "FINDINGS_RECORDED", "DECISION_RECORDED", "DECISION_NOTIFIED", "CALLBACK_RECORDED", "CLOSED");
    }

    @Test
    void level2ComplaintIsHandedToTheDepartmentHeadsWhoHaveTheChosenDepartmentInvestigateAndDecideThemselves() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.with(Channel.APP, new BigDecimal("100"),
                Set.of(ComplaintFlag.AGITATED), 1));
        String caseNumber = pi.getBusinessKey();

        assertThat(pi).variables().containsEntry(Vars.LEVEL.name(), 2).containsEntry(Vars.ESCALATION_GROUP.name(), "complaint-supervisor")
                .containsEntry(Vars.RESPONSIBLE_DEPARTMENT.name(), "dept-claims").containsEntry(Vars.INVESTIGATION_GROUP.name(), "dept-claims");
        Task handOver = driver.task(pi, Elements.HAND_OVER);
        assertThat(driver.candidateGroups(handOver)).containsExactly("complaint-frontline");
        assertThat(handOver.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 2, 11, 0, 0, 0, SHANGHAI).toInstant()));
        assertThat(driver.job(pi, Elements.HANDOVER_OVERDUE_TIMER).getDuedate()).isEqualTo(handOver.getDueDate());
        assertThatThrownBy(() -> taskService.complete(handOver.getId()))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.HANDOVER_NOTE.name());
        taskService.complete(handOver.getId(), withVariables(Vars.HANDOVER_NOTE.name(), "客户情绪激动，要求主管出面"));

        Task organise = driver.task(pi, Elements.ORGANISE);
        assertThat(driver.candidateGroups(organise)).containsExactly("complaint-supervisor");
        assertThat(organise.getDueDate()).isEqualTo(Date.from(complaints.getByCaseNumber(caseNumber).getReplyDueBy()));
        assertThat(complaints.getByCaseNumber(caseNumber).getCurrentOwner()).isEqualTo("complaint-supervisor");
        assertThat(driver.job(pi, Elements.HANDOVER_OVERDUE_TIMER)).isNull();
        assertThatThrownBy(() -> taskService.complete(organise.getId(), withVariables(Vars.INVESTIGATION_GROUP.name(), "complaint-frontline")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.INVESTIGATION_GROUP.name());
        taskService.complete(organise.getId(), withVariables(Vars.INVESTIGATION_GROUP.name(), "dept-operations",
                Vars.ORGANISE_NOTE.name(), "调取通话录音"));

        Task investigate = driver.task(pi, Elements.INVESTIGATE);
        assertThat(driver.candidateGroups(investigate)).containsExactly("dept-operations");
        assertThat(complaints.getByCaseNumber(caseNumber).getCurrentOwner()).isEqualTo("dept-operations");
        taskService.complete(investigate.getId(), withVariables(Vars.FINDINGS.name(), "坐席未按流程记录", Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY"));
        assertThat(driver.candidateGroups(driver.task(pi, Elements.DECIDE))).containsExactly("complaint-supervisor");
        driver.as("supervisor", () -> taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                Vars.RESULT.name(), "UPHELD", Vars.RESOLUTION.name(), "致歉并加强培训")));

        assertThat(pi).isWaitingAt(Elements.SEND_DECISION).hasPassedInOrder(Elements.HAND_OVER, Elements.ORGANISE,
                Elements.INVESTIGATE, Elements.DECIDE);
        assertThat(complaints.getByCaseNumber(caseNumber).getDecidedBy()).isEqualTo("supervisor");
        assertThat(eventTypes(caseNumber)).containsSubsequence("DEPARTMENT_ASSIGNED", "HANDED_OVER", "DEPARTMENT_ASSIGNED",
                "FINDINGS_RECORDED", "DECISION_RECORDED");
        assertThat(events.history(caseNumber)).extracting(CaseEvent::detail)
                .contains("组织调查，调查 dept-operations: 调取通话录音");
    }

    @Test
    void level1ComplaintGoesToTheLeadershipGroupAndEscalatesThereWhenTheDeadlinePasses() {
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("600000.00"),
                Set.of(), 1));
        assertThat(pi).variables().containsEntry(Vars.LEVEL.name(), 1).containsEntry(Vars.HANDLING_GROUP.name(), "complaint-leadership");
        toInvestigation(pi);
        assertThat(driver.candidateGroups(driver.task(pi, Elements.INVESTIGATE))).containsExactly("dept-claims");

        driver.executeJob(pi, Elements.DEADLINE_TIMER);

        Task supervise = driver.task(pi, Elements.SUPERVISE);
        assertThat(driver.candidateGroups(supervise)).containsExactly("complaint-leadership");
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(Vars.FINDINGS.name(), "核实属实",
                Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        assertThat(driver.candidateGroups(driver.task(pi, Elements.DECIDE))).containsExactly("complaint-leadership");
    }

    @Test
    void anUnsatisfiedComplainantSendsTheCaseBackToHandlingAndTheRoundsAreCounted() {
        ProcessInstance pi = register(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();
        investigateAndDecide(pi);
        driver.executeJob(pi, Elements.SEND_DECISION);

        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "UNSATISFIED",
                Vars.CALLBACK_NOTE.name(), "客户认为赔偿不足"));

        assertThat(pi).hasPassed(Elements.REOPEN).isWaitingAt(Elements.FRONTLINE_RESOLVE);
        assertThat(pi).variables().containsEntry(Vars.HANDLING_ROUND.name(), 2);
        Complaint reopened = complaints.getByCaseNumber(caseNumber);
        assertThat(reopened.getHandlingRound()).isEqualTo(2);
        assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);

        investigateAndDecide(pi);
        driver.executeJob(pi, Elements.SEND_DECISION);
        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "SATISFIED"));

        assertThat(pi).isEnded();
        assertThat(eventTypes(caseNumber).stream().filter("DECISION_NOTIFIED"::equals)).hasSize(2);
        assertThat(eventTypes(caseNumber)).containsSubsequence("CALLBACK_RECORDED", "REOPENED", "FINDINGS_RECORDED",
                "CALLBACK_RECORDED", "CLOSED");
        assertThat(outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == NoticePurpose.DECISION)).hasSize(2);
    }

    @Test
    void anUnreachableComplainantIsRecordedAndTheCaseCloses() {
        ProcessInstance pi = register(Complaints.ordinary());
        investigateAndDecide(pi);
        driver.executeJob(pi, Elements.SEND_DECISION);

        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "UNREACHABLE",
                Vars.CALLBACK_NOTE.name(), "三次致电未接通"));

        assertThat(pi).isEnded().hasPassed(Elements.CLOSED);
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getCallbackOutcome()).isEqualTo("UNREACHABLE");
    }

    @Test
    void theHandlerIsRemindedBeforeTheDeadlineAndTheCaseKeepsWaiting() {
        // due Friday 11 December: three days before is Tuesday 8th, a working day
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 6, 10, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());
        Job reminder = driver.job(pi, Elements.REMINDER_TIMER);
        Date due = (Date) runtimeService.getVariable(pi.getId(), Vars.REPLY_DUE_BY.name());
        assertThat(reminder.getDuedate()).isEqualTo(new Date(due.getTime() - java.time.Duration.ofDays(3).toMillis()));

        managementService.executeJob(reminder.getId());
        driver.executeJob(pi, Elements.REMIND);

        assertThat(pi).hasPassed(Elements.REMINDED).isWaitingAt(Elements.FRONTLINE_RESOLVE);
        OutboxMessage message = notice(pi.getBusinessKey(), NoticePurpose.REMINDER);
        assertThat(message.channel()).isEqualTo(NotificationChannel.INTERNAL);
        assertThat(message.recipient()).isEqualTo("complaint-frontline");
        assertThat(eventTypes(pi.getBusinessKey())).contains("REMINDER_SENT");
    }

    @Test
    void theDeadlineEscalatesToTheSupervisorsWhoRecordWhatTheyDidWhileHandlingGoesOn() {
        ProcessInstance pi = register(Complaints.ordinary());
        Job deadline = driver.job(pi, Elements.DEADLINE_TIMER);
        assertThat(deadline.getDuedate()).isEqualTo(runtimeService.getVariable(pi.getId(), Vars.REPLY_DUE_BY.name()));

        managementService.executeJob(deadline.getId());

        assertThat(pi).isWaitingAt(Elements.FRONTLINE_RESOLVE, Elements.SUPERVISE);
        Task supervise = driver.task(pi, Elements.SUPERVISE);
        assertThat(driver.candidateGroups(supervise)).containsExactly("complaint-supervisor");
        assertThat(supervise.getDueDate()).isNotNull();
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getEscalationCount()).isEqualTo(1);
        assertThat(eventTypes(pi.getBusinessKey())).contains("ESCALATED");

        taskService.complete(supervise.getId(), withVariables(Vars.SUPERVISION_NOTE.name(), "已督促处理人当日内答复"));

        assertThat(pi).hasPassed(Elements.ESCALATION_HANDLED).isWaitingAt(Elements.FRONTLINE_RESOLVE);
        assertThat(events.history(pi.getBusinessKey())).extracting(CaseEvent::detail).contains("已督促处理人当日内答复");
    }

    @Test
    void aChannelThatIsDownEndsAsAnIncidentWithoutStoppingTheHandlingAndDeliversOnceRepaired() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = registerWithoutAcknowledgement(Complaints.ordinary());
        gateway.setDown(true);

        // R5/PT5M: each failure is retried 5 minutes later (the job executor does not see it before), five in all
        Job ack = driver.job(pi, Elements.ACKNOWLEDGE);
        for (int attempt = 1; attempt <= 5; attempt++) {
            String jobId = ack.getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("is down");
            Job failed = driver.job(pi, Elements.ACKNOWLEDGE);
            assertThat(failed.getRetries()).as("retries left after attempt " + attempt).isEqualTo(5 - attempt);
            assertThat(failed.getExceptionMessage()).contains("is down");
            if (attempt < 5) {
                Date retryAt = Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5)));
                assertThat(failed.getDuedate()).isCloseTo(retryAt, 1000);
                assertThat(executableJobs(pi)).as("not before the back-off").isZero();
                ClockUtil.setCurrentTime(failed.getDuedate());
                assertThat(executableJobs(pi)).isEqualTo(1);
            }
        }

        // the incident Cockpit shows: a failed job at the acknowledgement, with the channel's error
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(Elements.ACKNOWLEDGE);
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getIncidentMessage()).contains("is down");
        assertThat(managementService.getJobExceptionStacktrace(ack.getId())).contains("is down");
        assertThat(executableJobs(pi)).as("an incident is not retried on its own").isZero();
        assertThat(pi).isWaitingAt(Elements.FRONTLINE_RESOLVE);
        assertThat(outbox.findByCaseNumberOrderById(pi.getBusinessKey())).as("nothing recorded as sent").isEmpty();
        assertThat(gateway.deliveredFor(pi.getBusinessKey())).isEmpty();

        // repaired: an operator sets the retries (Cockpit: "Increment number of retries")
        gateway.setDown(false);
        managementService.setJobRetries(ack.getId(), 1);
        managementService.executeJob(ack.getId());

        assertThat(pi).hasPassed(Elements.ACKNOWLEDGED);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricIncidentQuery().processInstanceId(pi.getId()).resolved().count()).isEqualTo(1);
        assertThat(driver.job(pi, Elements.ACKNOWLEDGE)).as("nothing left to send twice").isNull();
        assertThat(gateway.deliveredFor(pi.getBusinessKey())).hasSize(1);
        assertThat(outbox.findByCaseNumberOrderById(pi.getBusinessKey())).singleElement().satisfies(sent -> {
            assertThat(sent.purpose()).isEqualTo(NoticePurpose.ACKNOWLEDGEMENT);
            assertThat(sent.sentAt()).isNotNull();
            assertThat(sent.deliveryReference()).isEqualTo("test-" + sent.id());
        });
    }

    private long executableJobs(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Elements.ACKNOWLEDGE)
                .executable().count();
    }

    @Test
    void aDecisionWithoutAResultIsRefusedAndNothingIsRecorded() {
        ProcessInstance pi = register(Complaints.ordinary());
        toInvestigation(pi);
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(Vars.FINDINGS.name(), "已核实",
                Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY"));
        Task decide = driver.task(pi, Elements.DECIDE);

        assertThatThrownBy(() -> taskService.complete(decide.getId(), withVariables(Vars.RESOLUTION.name(), "无")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.RESULT.name());

        assertThat(pi).isWaitingAt(Elements.DECIDE);
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getResult()).isNull();
    }

    // --- issue 3: grading consequences, regrade, approvals, rounds, withdrawal, clocks

    @Test
    void aMajorComplaintIsReportedToSeniorManagementAtIntake() {
        ProcessInstance pi = register(Complaints.with(Channel.BRANCH, new BigDecimal("1000"), Set.of(ComplaintFlag.MASS_INCIDENT), 25));

        assertThat(pi).variables().containsEntry(Vars.LEVEL.name(), 1).containsEntry(Vars.MAJOR.name(), true);
        driver.executeJob(pi, Elements.REPORT_MAJOR);

        assertThat(pi).hasPassed(Elements.MAJOR_REPORTED).isWaitingAt(Elements.NOTIFY_DEPARTMENT_HEAD);
        OutboxMessage report = notice(pi.getBusinessKey(), NoticePurpose.MANAGEMENT_REPORT);
        assertThat(report.recipient()).isEqualTo("senior-management");
        assertThat(report.content()).contains("重大投诉").contains("25");
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).isMajorComplaint()).isTrue();
    }

    @Test
    void aRegradedCaseLeavesItsHandlingAndStartsAgainOnTheNewLevelsPath() {
        ProcessInstance pi = register(Complaints.ordinary());
        toInvestigation(pi);
        assertThat(driver.candidateGroups(driver.task(pi, Elements.INVESTIGATE))).containsExactly("complaint-frontline");

        actions.regrade(pi.getBusinessKey(), 1, "客户称将向媒体曝光，涉及金额可能扩大");

        // the level 1 path from its start: department head at once, leadership group, plan
        assertThat(pi).hasPassed(Elements.APPLY_REGRADE).isWaitingAt(Elements.NOTIFY_DEPARTMENT_HEAD);
        assertThat(driver.task(pi, Elements.INVESTIGATE)).isNull();
        assertThat(pi).variables().containsEntry(Vars.LEVEL.name(), 1).containsEntry(Vars.HANDLING_GROUP.name(), "complaint-leadership")
                .containsEntry(Vars.INVESTIGATION_GROUP.name(), "dept-claims");
        Complaint regraded = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(regraded.getLevel()).isEqualTo(1);
        assertThat(regraded.getCurrentOwner()).isEqualTo("complaint-leadership");
        toInvestigation(pi);
        assertThat(driver.candidateGroups(driver.task(pi, Elements.INVESTIGATE))).containsExactly("dept-claims");
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(
                Date.from(complaints.getByCaseNumber(pi.getBusinessKey()).getInvestigationDueBy()));
        assertThat(driver.task(pi, Elements.DECIDE)).isNull();
        assertThat(events.history(pi.getBusinessKey())).extracting(CaseEvent::detail)
                .anyMatch(d -> d != null && d.contains("三级 (Level 3) → 一级 (Level 1)"));
    }

    @Test
    void aCaseRegradedOnTheSpotGoesOnTheLevel2PathAndAnswersNoLongerOnTheSpot() {
        ProcessInstance pi = register(Complaints.ordinary());
        assertThat(pi).isWaitingAt(Elements.FRONTLINE_RESOLVE);

        actions.regrade(pi.getBusinessKey(), 2, "客户情绪激动，多次来电");

        assertThat(pi).hasPassed(Elements.APPLY_REGRADE).isWaitingAt(Elements.HAND_OVER);
        assertThat(driver.task(pi, Elements.FRONTLINE_RESOLVE)).isNull();
        assertThat(pi).variables().containsEntry(Vars.LEVEL.name(), 2).containsEntry(Vars.INVESTIGATION_GROUP.name(), "dept-claims")
                .containsEntry(Vars.RESOLVED_ON_SPOT.name(), false).containsEntry(Vars.SATISFIED_ON_SPOT.name(), false);
        assertThat(driver.candidateGroups(driver.task(pi, Elements.HAND_OVER))).containsExactly("complaint-frontline");
    }

    @Test
    void aCaseCanBeRegradedOnlyWhileItIsHandledAndNotToItsOwnLevel() {
        ProcessInstance pi = register(Complaints.ordinary());
        assertThatThrownBy(() -> actions.regrade(pi.getBusinessKey(), 3, "同级"))
                .isInstanceOf(CaseStateConflictException.class);
        investigateAndDecide(pi);

        assertThatThrownBy(() -> actions.regrade(pi.getBusinessKey(), 2, "已决定后"))
                .isInstanceOf(CaseStateConflictException.class);
    }

    private static final List<String> DECIDING_SUPERVISOR = List.of(StaffGroups.SUPERVISOR, StaffGroups.FRONTLINE);

    @Test
    void compensationAboveTheThresholdNeedsASecondSupervisorAndARejectionGoesBackToTheDecision() {
        ProcessInstance pi = register(Complaints.ordinary());
        toInvestigation(pi);
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(Vars.FINDINGS.name(), "核实属实", Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY"));
        // a department head decides with the front line (the Level 3 candidates), then may not approve it
        driver.asMemberOf("supervisor", DECIDING_SUPERVISOR, () -> taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                Vars.RESULT.name(), "UPHELD", Vars.RESOLUTION.name(), "全额赔付", Vars.COMPENSATION_AMOUNT.name(), 12000.0)));

        Task approval = driver.task(pi, Elements.APPROVE_COMPENSATION);
        assertThat(driver.candidateGroups(approval)).containsExactly("complaint-supervisor");
        assertThatThrownBy(() -> taskService.setAssignee(approval.getId(), "supervisor"))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("four-eyes");
        driver.as("supervisor", () -> assertThatThrownBy(() -> taskService.complete(approval.getId(), withVariables(
                Vars.COMPENSATION_APPROVED.name(), "true", Vars.APPROVAL_NOTE.name(), "同意")))
                .isInstanceOf(TaskRuleViolation.class));

        driver.as("supervisor2", () -> taskService.complete(approval.getId(), withVariables(
                Vars.COMPENSATION_APPROVED.name(), "false", Vars.APPROVAL_NOTE.name(), "赔付依据不足，请重新核定")));
        assertThat(pi).isWaitingAt(Elements.DECIDE);
        assertThat(eventTypes(pi.getBusinessKey())).contains("COMPENSATION_REJECTED");

        driver.asMemberOf("supervisor", DECIDING_SUPERVISOR, () -> taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                Vars.RESULT.name(), "PARTIALLY_UPHELD", Vars.RESOLUTION.name(), "按合同核定部分赔付", Vars.COMPENSATION_AMOUNT.name(), 11000.0)));
        driver.as("supervisor2", () -> taskService.complete(driver.task(pi, Elements.APPROVE_COMPENSATION).getId(), withVariables(
                Vars.COMPENSATION_APPROVED.name(), "true", Vars.APPROVAL_NOTE.name(), "同意")));

        assertThat(pi).isWaitingAt(Elements.SEND_DECISION);
        assertThat(eventTypes(pi.getBusinessKey())).contains("COMPENSATION_APPROVED");
    }

    @Test
    void afterTheLastUnsatisfiedRoundTheSupervisorDecidesAndMayCloseTheCase() {
        ProcessInstance pi = register(Complaints.ordinary());
        for (int round = 1; round <= 2; round++) {
            investigateAndDecide(pi);
            driver.executeJob(pi, Elements.SEND_DECISION);
            taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "UNSATISFIED"));
        }

        Task escalation = driver.task(pi, Elements.REVIEW_UNSATISFIED);
        assertThat(driver.candidateGroups(escalation)).containsExactly("complaint-supervisor");
        taskService.complete(escalation.getId(), withVariables(Vars.SUPERVISOR_OUTCOME.name(), "REHANDLE",
                Vars.SUPERVISOR_NOTE.name(), "由主管亲自处理"));
        assertThat(pi).isWaitingAt(Elements.FRONTLINE_RESOLVE);
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getHandlingRound()).isEqualTo(3);

        investigateAndDecide(pi);
        driver.executeJob(pi, Elements.SEND_DECISION);
        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "UNSATISFIED"));
        taskService.complete(driver.task(pi, Elements.REVIEW_UNSATISFIED).getId(), withVariables(Vars.SUPERVISOR_OUTCOME.name(), "CLOSE",
                Vars.SUPERVISOR_NOTE.name(), "已告知客户可申请核查、调解、仲裁或诉讼"));

        assertThat(pi).isEnded().hasPassed(Elements.CLOSED);
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void theOutcomeOfALevel1ComplaintIsReportedToSeniorManagementAtClose() {
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("600000"), Set.of(), 1));
        investigateAndDecide(pi);
        driver.executeJob(pi, Elements.SEND_DECISION);
        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "SATISFIED"));

        driver.executeJob(pi, Elements.REPORT_OUTCOME);

        assertThat(pi).isEnded().hasPassed(Elements.CLOSE, Elements.OUTCOME_REPORTED);
        assertThat(notice(pi.getBusinessKey(), NoticePurpose.MANAGEMENT_REPORT).content()).contains("一级投诉").contains("已结案");
    }

    @Test
    void aWithdrawalEndsHandlingAtOnceWithTheDayItWasReceived() {
        ProcessInstance pi = register(Complaints.ordinary());
        driver.executeJob(pi, Elements.DEADLINE_TIMER); // an escalation is open too

        actions.withdraw(pi.getBusinessKey(), "已与客户协商一致，客户撤回投诉", null);

        assertThat(pi).isEnded().hasPassed(Elements.RECORD_WITHDRAWAL, Elements.WITHDRAWN);
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        Complaint withdrawn = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(withdrawn.getStatus()).isEqualTo(ComplaintStatus.WITHDRAWN);
        assertThat(withdrawn.getWithdrawnAt()).isNotNull();
        assertThatThrownBy(() -> actions.withdraw(pi.getBusinessKey(), "again", null))
                .isInstanceOf(CaseStateConflictException.class);
    }

    @Test
    void aDueDateNeverPassesTheStatutoryDeadline() {
        // Thursday before Spring Festival 2026: 10 working days reach 3 March, the 15 days of Art. 18 end on 27 February
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 2, 12, 10, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("600000"), Set.of(), 1));

        Complaint c = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(c.getTargetDueBy()).isEqualTo(ZonedDateTime.of(2026, 3, 3, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(c.getStatutoryDueBy()).isEqualTo(ZonedDateTime.of(2026, 2, 27, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(c.getReplyDueBy()).isEqualTo(c.getStatutoryDueBy());
        toInvestigation(pi);
        assertThat(driver.job(pi, Elements.DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(c.getStatutoryDueBy()));
        // the investigation (5 working days: 12–14, 24–25 February) also stays inside the statute
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate())
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 2, 25, 23, 59, 59, 0, SHANGHAI).toInstant()));
    }

    @Test
    void aLevel3CaseIsDueWithinFiveWorkingDaysAcrossNationalDay() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 9, 28, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());

        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getReplyDueBy())
                .isEqualTo(ZonedDateTime.of(2026, 10, 9, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    void theStatuteIsWatchedBesideAnEarlierCompanyTargetAndItsBreachIsEscalatedNotAnIncident() {
        // Level 3: the company target (5 working days, 9 November) is earlier than the 15 days (17 November)
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());
        Complaint c = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(c.getStatutoryDueBy()));
        // three days before the statute (Tuesday 17 November) is Saturday 14th: the Friday before
        assertThat(driver.job(pi, Elements.STATUTORY_REMINDER_TIMER).getDuedate())
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 13, 23, 59, 59, 0, SHANGHAI).toInstant()));

        managementService.executeJob(driver.job(pi, Elements.DEADLINE_TIMER).getId());
        managementService.executeJob(driver.job(pi, Elements.STATUTORY_REMINDER_TIMER).getId());
        driver.executeJob(pi, Elements.REMIND_STATUTORY);
        assertThat(pi).hasPassed(Elements.STATUTORY_REMINDED);
        assertThat(notice(pi.getBusinessKey(), NoticePurpose.REMINDER).content()).contains("法定答复期限");

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 18, 0, 1, 0, 0, SHANGHAI).toInstant()));
        managementService.executeJob(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getId());
        Task breach = driver.task(pi, Elements.SUPERVISE_STATUTORY_BREACH);
        assertThat(driver.candidateGroups(breach)).containsExactly("complaint-supervisor");
        assertThat(eventTypes(pi.getBusinessKey())).contains("STATUTORY_DEADLINE_MISSED");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        taskService.complete(breach.getId(), withVariables(Vars.SUPERVISION_NOTE.name(), "已责令当日答复并报合规"));

        assertThat(pi).hasPassed(Elements.STATUTORY_BREACH_HANDLED).isWaitingAt(Elements.FRONTLINE_RESOLVE, Elements.SUPERVISE);
    }

    @Test
    void aComplexCaseHasThirtyStatutoryDays() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());
        toInvestigation(pi);

        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(Vars.FINDINGS.name(), "需调取三方记录",
                Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES", Vars.COMPLEX.name(), true));

        Complaint c = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(c.isComplexCase()).isTrue();
        assertThat(c.getStatutoryDueBy()).isEqualTo(ZonedDateTime.of(2026, 12, 2, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(eventTypes(pi.getBusinessKey())).contains("CLASSIFIED_COMPLEX");
    }

    @Test
    void aPauseMovesTheDeadlineByItsWholeDaysAndHoldsTheTimersMeanwhile() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("60000"), Set.of(), 1));
        toInvestigation(pi);
        Complaint before = complaints.getByCaseNumber(pi.getBusinessKey());

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 4, 9, 0, 0, 0, SHANGHAI).toInstant()));
        actions.pause(pi.getBusinessKey(), ClockPause.Kind.EXTERNAL_APPRAISAL, "委托第三方机构鉴定车辆损失");
        assertThat(driver.job(pi, Elements.DEADLINE_TIMER).isSuspended()).isTrue();
        executeNoticeJobs(pi.getBusinessKey());
        assertThat(notice(pi.getBusinessKey(), NoticePurpose.PAUSE).content()).contains("外部鉴定").contains("不计入");

        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 7, 15, 30, 0, 0, SHANGHAI).toInstant()));
        actions.resume(pi.getBusinessKey());

        Complaint after = complaints.getByCaseNumber(pi.getBusinessKey());
        // 3 days 6 h 30 min paused: Art. 43 counts whole days, so the deadlines move by 3 days (issue 15 §4)
        java.time.Duration paused = java.time.Duration.ofDays(3);
        assertThat(after.getStatutoryDueBy()).isEqualTo(before.getStatutoryDueBy().plus(paused));
        assertThat(after.getReplyDueBy()).isEqualTo(before.getReplyDueBy().plus(paused));
        Job deadline = driver.job(pi, Elements.DEADLINE_TIMER);
        assertThat(deadline.isSuspended()).isFalse();
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(after.getReplyDueBy()));
        assertThat(after.getInvestigationDueBy()).isEqualTo(before.getInvestigationDueBy().plus(paused));
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(Date.from(after.getInvestigationDueBy()));
        assertThat(driver.job(pi, Elements.INVESTIGATION_TIMER).getDuedate()).isEqualTo(Date.from(after.getInvestigationDueBy()));
        executeNoticeJobs(pi.getBusinessKey());
        assertThat(eventTypes(pi.getBusinessKey())).contains("CLOCK_PAUSED", "CLOCK_RESUMED", "DEADLINE_CHANGED");
        assertThatThrownBy(() -> actions.resume(pi.getBusinessKey())).isInstanceOf(CaseStateConflictException.class);
    }

    @Test
    void anExtensionIsApprovedBySeniorManagementButNotByWhoeverAskedAndTheComplainantIsTold() {
        // only a complex case may be extended (Art. 18): 30 + 30 days from 18 October end on 17 December
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 10, 18, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());
        statutoryClock.classifyComplex(pi.getBusinessKey());
        driver.asApiUser("executive", () -> actions.requestExtension(pi.getBusinessKey(), "需等待监管部门协查结果"));
        assertThatThrownBy(() -> actions.requestExtension(pi.getBusinessKey(), "again"))
                .isInstanceOf(CaseStateConflictException.class);

        ProcessInstance extension = extensionProcess(pi.getBusinessKey());
        Task approval = taskService.createTaskQuery().processInstanceId(extension.getId()).singleResult();
        assertThat(driver.candidateGroups(approval)).containsExactly("senior-management");
        driver.as("executive", () -> assertThatThrownBy(() -> taskService.complete(approval.getId(), withVariables(
                "extensionApproved", "true", "approvalNote", "同意")))
                .isInstanceOf(TaskRuleViolation.class));

        driver.as("executive2", () -> taskService.complete(approval.getId(), withVariables(
                "extensionApproved", "true", "approvalNote", "同意延期")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(extension.getId()).singleResult().getId());

        assertThat(extension).isEnded().hasPassed("EndEvent_Extended");
        Complaint extended = complaints.getByCaseNumber(pi.getBusinessKey());
        assertThat(extended.isExtended()).isTrue();
        assertThat(extended.getStatutoryDueBy()).isEqualTo(ZonedDateTime.of(2026, 12, 17, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(notice(pi.getBusinessKey(), NoticePurpose.EXTENSION).content()).contains("延长");
    }

    @Test
    void aRejectedExtensionLeavesTheDeadline() {
        ProcessInstance pi = register(Complaints.ordinary());
        statutoryClock.classifyComplex(pi.getBusinessKey());
        Complaint before = complaints.getByCaseNumber(pi.getBusinessKey());
        driver.asApiUser("frontline", () -> actions.requestExtension(pi.getBusinessKey(), "材料未齐"));
        ProcessInstance extension = extensionProcess(pi.getBusinessKey());

        driver.as("executive", () -> taskService.complete(taskService.createTaskQuery().processInstanceId(extension.getId())
                .singleResult().getId(), withVariables("extensionApproved", "false", "approvalNote", "理由不充分")));

        assertThat(extension).isEnded().hasPassed("EndEvent_NotExtended");
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getStatutoryDueBy()).isEqualTo(before.getStatutoryDueBy());
        assertThat(eventTypes(pi.getBusinessKey())).contains("EXTENSION_REJECTED");
    }

    @Test
    void anExtensionRequestIsApprovedInAProcessTheCaseCallsAndAWithdrawalEndsAPendingOne() {
        ProcessInstance pi = register(Complaints.ordinary());
        statutoryClock.classifyComplex(pi.getBusinessKey());
        Complaint before = complaints.getByCaseNumber(pi.getBusinessKey());
        driver.asApiUser("frontline", () -> actions.requestExtension(pi.getBusinessKey(), "材料未齐"));

        // the handling calls the approval: Cockpit shows it under the case, the business key and variables mapped by the model
        ProcessInstance extension = extensionProcess(pi.getBusinessKey());
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult().getId())
                .isEqualTo(extension.getId());
        assertThat(pi).isWaitingAt(Elements.EXTENSION_APPROVAL);
        assertThat(extension).variables().containsEntry("caseNumber", pi.getBusinessKey())
                .containsEntry("extensionKind", "STATUTORY").containsEntry("approverGroup", "senior-management")
                .containsEntry("replyDueBy", Date.from(before.getReplyDueBy()));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(pi.getBusinessKey()).count()).as("no second start from Java").isOne();
        driver.as("executive", () -> taskService.complete(taskService.createTaskQuery().processInstanceId(extension.getId())
                .singleResult().getId(), withVariables("extensionApproved", "false", "approvalNote", "理由不充分")));
        assertThat(pi).hasPassed(Elements.EXTENSION_REQUESTED, Elements.EXTENSION_DECIDED).isNotEnded();

        driver.asApiUser("frontline", () -> actions.requestExtension(pi.getBusinessKey(), "仍需第三方鉴定"));
        ProcessInstance pending = extensionProcess(pi.getBusinessKey());
        actions.withdraw(pi.getBusinessKey(), "客户撤回投诉", null);

        assertThat(pi).isEnded().hasPassed(Elements.WITHDRAWN);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pending.getId()).count()).isZero();
    }

    // --- level paths (002 §3)

    @Test
    void aLevel3ComplaintResolvedOnTheSpotToTheComplainantsSatisfactionClosesInOneTask() {
        ProcessInstance pi = register(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();

        driver.as("frontline", () -> taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(), withVariables(
                Vars.RESOLVED_ON_SPOT.name(), "true", Vars.RESULT.name(), "UPHELD", Vars.RESOLUTION.name(), "当场补办理赔手续并致歉",
                Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES", Vars.SATISFIED_ON_SPOT.name(), true)));

        assertThat(pi).isEnded().hasPassedInOrder(Elements.FRONTLINE_RESOLVE, Elements.RESOLVED_ON_SPOT,
                Elements.ON_SPOT_GATEWAY, Elements.CLOSE, Elements.CLOSED);
        assertThat(pi).hasNotPassed(Elements.INVESTIGATE, Elements.DECIDE, Elements.SEND_DECISION, Elements.CALLBACK);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(pi.getId()).count()).isOne();
        Complaint closed = complaints.getByCaseNumber(caseNumber);
        assertThat(closed.getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.getResult()).isEqualTo("UPHELD");
        assertThat(closed.getResolution()).isEqualTo("当场补办理赔手续并致歉");
        assertThat(closed.getFindings()).isEqualTo("当场核实");
        assertThat(closed.getRootCause()).isEqualTo("RULES_AND_PROCEDURES");
        assertThat(closed.getDecidedBy()).isEqualTo("frontline");
        assertThat(closed.getCallbackOutcome()).isEqualTo("SATISFIED");
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(OutboxMessage::purpose)
                .containsExactly(NoticePurpose.ACKNOWLEDGEMENT, NoticePurpose.DECISION);
        OutboxMessage told = notice(caseNumber, NoticePurpose.DECISION);
        assertThat(told.channel()).isEqualTo(NotificationChannel.IN_PERSON);
        assertThat(told.sentAt()).isNotNull();
        assertThat(told.content()).contains("当场补办理赔手续并致歉").contains("30日内");
        assertThat(eventTypes(caseNumber)).containsSubsequence("FINDINGS_RECORDED", "DECISION_RECORDED",
                "CALLBACK_RECORDED", "CLOSED");
    }

    @Test
    void aLevel3ComplaintResolvedOnTheSpotWithoutSatisfactionIsNotifiedAndCalledBack() {
        ProcessInstance pi = register(Complaints.ordinary());
        String caseNumber = pi.getBusinessKey();
        Task resolve = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        assertThatThrownBy(() -> taskService.complete(resolve.getId(), withVariables(Vars.RESOLVED_ON_SPOT.name(), "true",
                Vars.RESULT.name(), "NOT_UPHELD")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.RESOLUTION.name());
        assertThat(complaints.getByCaseNumber(caseNumber).getResult()).isNull();

        assertThatThrownBy(() -> taskService.complete(resolve.getId(), withVariables(Vars.RESOLVED_ON_SPOT.name(), "true",
                Vars.RESULT.name(), "NOT_UPHELD", Vars.RESOLUTION.name(), "依据保险合同第8条，该损失不在保险责任范围内")))
                .as("a root cause is required on the spot too")
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.ROOT_CAUSE.name());

        taskService.complete(resolve.getId(), withVariables(Vars.RESOLVED_ON_SPOT.name(), "true", Vars.RESULT.name(), "NOT_UPHELD",
                Vars.RESOLUTION.name(), "依据保险合同第8条，该损失不在保险责任范围内", Vars.ROOT_CAUSE.name(), "NO_FAULT"));

        assertThat(pi).hasPassed(Elements.RESOLVED_ON_SPOT).hasNotPassed(Elements.INVESTIGATE).isWaitingAt(Elements.SEND_DECISION);
        assertThat(pi).variables().containsEntry(Vars.RESOLVED_ON_SPOT.name(), true).containsEntry(Vars.SATISFIED_ON_SPOT.name(), false);
        assertThat(complaints.getByCaseNumber(caseNumber).getStatus()).isEqualTo(ComplaintStatus.DECIDED);
        driver.executeJob(pi, Elements.SEND_DECISION);
        // by SMS: the result and the remedies; the findings are in the full notice (notices/decision.txt)
        assertThat(notice(caseNumber, NoticePurpose.DECISION).content()).contains("不支持").contains("30日内");
        taskService.complete(driver.task(pi, Elements.CALLBACK).getId(), withVariables(Vars.CALLBACK_OUTCOME.name(), "SATISFIED"));

        assertThat(pi).isEnded().hasPassedInOrder(Elements.FRONTLINE_RESOLVE, Elements.SEND_DECISION, Elements.CALLBACK,
                Elements.CLOSED);
        assertThat(complaints.getByCaseNumber(caseNumber).getCallbackOutcome()).isEqualTo("SATISFIED");
    }

    @Test
    void aLevel3ComplaintNotResolvedOnTheSpotIsInvestigatedByTheFrontLine() {
        ProcessInstance pi = register(Complaints.ordinary());
        Task resolve = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        assertThatThrownBy(() -> taskService.complete(resolve.getId(), withVariables(Vars.RESOLVED_ON_SPOT.name(), "maybe")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.RESOLVED_ON_SPOT.name());

        taskService.complete(resolve.getId(), withVariables(Vars.RESOLVED_ON_SPOT.name(), "false", Vars.SATISFIED_ON_SPOT.name(), true));

        assertThat(pi).hasPassed(Elements.RESOLVED_ON_SPOT_GATEWAY).hasNotPassed(Elements.RESOLVED_ON_SPOT)
                .isWaitingAt(Elements.INVESTIGATE);
        assertThat(pi).variables().containsEntry(Vars.RESOLVED_ON_SPOT.name(), false).containsEntry(Vars.SATISFIED_ON_SPOT.name(), false);
        assertThat(driver.candidateGroups(driver.task(pi, Elements.INVESTIGATE))).containsExactly("complaint-frontline");
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getResult()).isNull();
        investigateAndDecide(pi);
        assertThat(pi).isWaitingAt(Elements.SEND_DECISION);
    }

    @Test
    void aLevel2HandOverPastItsTimeIsReportedToTheSupervisorsAndStaysOpen() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.with(Channel.HOTLINE, new BigDecimal("80000"), Set.of(), 1));
        Job overdue = driver.job(pi, Elements.HANDOVER_OVERDUE_TIMER);
        assertThat(overdue.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 2, 11, 0, 0, 0, SHANGHAI).toInstant()));

        ClockUtil.setCurrentTime(overdue.getDuedate());
        managementService.executeJob(overdue.getId());
        driver.executeJob(pi, Elements.NOTIFY_HANDOVER_OVERDUE);

        assertThat(pi).hasPassed(Elements.HANDOVER_OVERDUE_NOTIFIED).isWaitingAt(Elements.HAND_OVER);
        OutboxMessage alert = notice(pi.getBusinessKey(), NoticePurpose.LEVEL_ALERT);
        assertThat(alert.channel()).isEqualTo(NotificationChannel.INTERNAL);
        assertThat(alert.recipient()).isEqualTo("complaint-supervisor");
        assertThat(alert.content()).contains(pi.getBusinessKey()).contains("2小时").contains("移交");
        assertThat(eventTypes(pi.getBusinessKey())).contains("EXCEPTION_RAISED");

        taskService.complete(driver.task(pi, Elements.HAND_OVER).getId(), withVariables(Vars.HANDOVER_NOTE.name(), "已移交"));
        assertThat(pi).isWaitingAt(Elements.ORGANISE);
    }

    @Test
    void aLevel1ComplaintGoesFromTheDepartmentHeadToTheLeadershipGroupsPlanAndReportsProgressUntilDecided() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("600000"), Set.of(), 1));
        String caseNumber = pi.getBusinessKey();

        assertThat(pi).isWaitingAt(Elements.NOTIFY_DEPARTMENT_HEAD);
        driver.executeJob(pi, Elements.NOTIFY_DEPARTMENT_HEAD);
        OutboxMessage alert = notice(caseNumber, NoticePurpose.LEVEL_ALERT);
        assertThat(alert.recipient()).isEqualTo("complaint-supervisor");
        assertThat(alert.channel()).isEqualTo(NotificationChannel.INTERNAL);
        assertThat(alert.content()).contains("一级投诉").contains("30分钟");

        Task forward = driver.task(pi, Elements.FORWARD);
        assertThat(driver.candidateGroups(forward)).containsExactly("complaint-supervisor");
        assertThat(forward.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 30, 0, 0, SHANGHAI).toInstant()));
        assertThat(driver.job(pi, Elements.FORWARD_OVERDUE_TIMER).getDuedate()).isEqualTo(forward.getDueDate());
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 20, 0, 0, SHANGHAI).toInstant()));
        taskService.complete(forward.getId(), withVariables(Vars.FORWARD_NOTE.name(), "金额重大，请领导小组决策"));

        Task meeting = driver.task(pi, Elements.MEETING);
        assertThat(driver.candidateGroups(meeting)).containsExactly("complaint-leadership");
        assertThat(meeting.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 2, 13, 20, 0, 0, SHANGHAI).toInstant()));
        assertThat(driver.job(pi, Elements.MEETING_OVERDUE_TIMER).getDuedate()).isEqualTo(meeting.getDueDate());
        assertThatThrownBy(() -> taskService.complete(meeting.getId(), withVariables(Vars.INVESTIGATION_GROUP.name(), "dept-sales",
                Vars.PLAN_OWNERS.name(), "销售管理部 冯云")))
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining(Vars.PLAN_MILESTONES.name());
        taskService.complete(meeting.getId(), withVariables(Vars.INVESTIGATION_GROUP.name(), "dept-sales",
                Vars.PLAN_OWNERS.name(), "销售管理部 冯云", Vars.PLAN_MILESTONES.name(), "2日内调取销售录音录像；5日内形成调查结论"));

        assertThat(pi).isWaitingAt(Elements.INVESTIGATE, Elements.PROGRESS_TIMER);
        assertThat(driver.candidateGroups(driver.task(pi, Elements.INVESTIGATE))).containsExactly("dept-sales");
        Job progressDue = driver.job(pi, Elements.PROGRESS_TIMER);
        assertThat(progressDue.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 3, 9, 20, 0, 0, SHANGHAI).toInstant()));

        ClockUtil.setCurrentTime(progressDue.getDuedate());
        managementService.executeJob(progressDue.getId());
        Task report = driver.task(pi, Elements.REPORT_PROGRESS);
        assertThat(driver.candidateGroups(report)).containsExactly("dept-sales");
        assertThat(report.getDueDate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 3, 13, 20, 0, 0, SHANGHAI).toInstant()));
        assertThat(driver.job(pi, Elements.PROGRESS_TIMER)).isNull();
        taskService.complete(report.getId(), withVariables(Vars.PROGRESS_NOTE.name(), "已调取销售录音，正在比对"));

        Job nextDue = driver.job(pi, Elements.PROGRESS_TIMER);
        assertThat(nextDue.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 4, 9, 20, 0, 0, SHANGHAI).toInstant()));
        ClockUtil.setCurrentTime(nextDue.getDuedate());
        managementService.executeJob(nextDue.getId());
        Task late = driver.task(pi, Elements.REPORT_PROGRESS);
        assertThat(late).isNotNull();
        assertThat(complaints.getByCaseNumber(caseNumber).getCurrentOwner()).isEqualTo("dept-sales");

        // a report not given in time: the leadership group is told, the report stays open
        assertThat(driver.job(pi, Elements.PROGRESS_OVERDUE_TIMER).getDuedate()).isEqualTo(late.getDueDate());
        driver.executeJob(pi, Elements.PROGRESS_OVERDUE_TIMER);
        driver.executeJob(pi, Elements.NOTIFY_PROGRESS_OVERDUE);
        assertThat(pi).hasPassed(Elements.PROGRESS_OVERDUE_NOTIFIED);
        assertThat(driver.task(pi, Elements.REPORT_PROGRESS)).isNotNull();
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).filteredOn(m -> m.purpose() == NoticePurpose.LEVEL_ALERT)
                .extracting(OutboxMessage::recipient).contains("complaint-leadership");

        investigateAndDecide(pi);

        assertThat(pi).isWaitingAt(Elements.SEND_DECISION).hasPassed(Elements.DECIDED);
        assertThat(driver.task(pi, Elements.REPORT_PROGRESS)).isNull();
        assertThat(driver.job(pi, Elements.PROGRESS_TIMER)).isNull();
        assertThat(eventTypes(caseNumber)).containsSubsequence("DEPARTMENT_HEAD_NOTIFIED", "FORWARDED_TO_LEADERSHIP",
                "LEADERSHIP_PLAN_RECORDED", "PROGRESS_REPORTED", "FINDINGS_RECORDED", "DECISION_RECORDED");
        assertThat(events.history(caseNumber)).extracting(CaseEvent::detail)
                .contains("责任部门 dept-sales；负责人 销售管理部 冯云；里程碑 2日内调取销售录音录像；5日内形成调查结论",
                        "已调取销售录音，正在比对");
        assertThat(runtimeService.getVariable(pi.getId(), Vars.PROGRESS_NOTE.name())).isNull();
    }

    @Test
    void aLevel1CaseTheDepartmentHeadDoesNotForwardInTimeGoesToTheLeadershipGroupAnyway() {
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("1000"), Set.of(ComplaintFlag.LEGAL_DISPUTE), 1));
        driver.executeJob(pi, Elements.NOTIFY_DEPARTMENT_HEAD);

        driver.executeJob(pi, Elements.FORWARD_OVERDUE_TIMER);

        assertThat(pi).hasPassed(Elements.AUTO_FORWARD).isWaitingAt(Elements.MEETING);
        assertThat(driver.task(pi, Elements.FORWARD)).isNull();
        assertThat(eventTypes(pi.getBusinessKey())).contains("EXCEPTION_RAISED").doesNotContain("FORWARDED_TO_LEADERSHIP");
        assertThat(events.history(pi.getBusinessKey())).extracting(CaseEvent::detail)
                .anyMatch(d -> d != null && d.contains("已自动提交 complaint-leadership"));
    }

    @Test
    void aLevel1EmergencyMeetingPastItsTimeIsReportedToSeniorManagementAndStaysOpen() {
        ProcessInstance pi = register(Complaints.with(Channel.ONLINE, new BigDecimal("1000"), Set.of(ComplaintFlag.REPUTATION_RISK), 1));
        driver.executeJob(pi, Elements.NOTIFY_DEPARTMENT_HEAD);
        taskService.complete(driver.task(pi, Elements.FORWARD).getId(), withVariables(Vars.FORWARD_NOTE.name(), "涉及声誉风险"));

        driver.executeJob(pi, Elements.MEETING_OVERDUE_TIMER);
        driver.executeJob(pi, Elements.NOTIFY_MEETING_OVERDUE);

        assertThat(pi).hasPassed(Elements.MEETING_OVERDUE_NOTIFIED).isWaitingAt(Elements.MEETING);
        OutboxMessage alert = outbox.findByCaseNumberOrderById(pi.getBusinessKey()).stream()
                .filter(m -> m.purpose() == NoticePurpose.LEVEL_ALERT && "senior-management".equals(m.recipient()))
                .findFirst().orElseThrow();
        assertThat(alert.channel()).isEqualTo(NotificationChannel.INTERNAL);
        assertThat(alert.content()).contains("应急会议").contains("4小时");
        assertThat(events.history(pi.getBusinessKey())).extracting(CaseEvent::detail)
                .contains("应急会议超时，已通知 senior-management");
    }

    // --- investigation deadline (002 §4.1)

    @Test
    void theInvestigationHasItsOwnWorkingDayDeadlineAndAnOverdueInvestigationIsReported() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());
        toInvestigation(pi);

        // level 3: 3 working days from Monday 2 November, inside the 5-working-day reply target (Friday 6th)
        Date expected = Date.from(ZonedDateTime.of(2026, 11, 4, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(expected);
        assertThat(driver.job(pi, Elements.INVESTIGATION_TIMER).getDuedate()).isEqualTo(expected);
        assertThat(complaints.getByCaseNumber(pi.getBusinessKey()).getInvestigationDueBy()).isEqualTo(expected.toInstant());

        driver.executeJob(pi, Elements.INVESTIGATION_TIMER);
        driver.executeJob(pi, Elements.NOTIFY_INVESTIGATION_OVERDUE);

        assertThat(pi).hasPassed(Elements.INVESTIGATION_OVERDUE_NOTIFIED).isWaitingAt(Elements.INVESTIGATE);
        assertThat(notice(pi.getBusinessKey(), NoticePurpose.LEVEL_ALERT).content()).contains("调查期限已届满");
        assertThat(eventTypes(pi.getBusinessKey())).contains("EXCEPTION_RAISED");
    }

    @Test
    void aDepartmentHeadWhoDidNotAskApprovesMoreInvestigationDaysWithinTheLevelsMaximumAndTheReplyDeadline() {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register(Complaints.ordinary());
        toInvestigation(pi);
        String caseNumber = pi.getBusinessKey();

        driver.asApiUser("supervisor", () -> actions.requestInvestigationExtension(caseNumber, 1, "需调取第三方记录"));
        ProcessInstance extension = extensionProcess(caseNumber);
        Task approval = taskService.createTaskQuery().processInstanceId(extension.getId()).singleResult();
        assertThat(driver.candidateGroups(approval)).containsExactly("complaint-supervisor");
        driver.as("supervisor", () -> assertThatThrownBy(() -> taskService.complete(approval.getId(), withVariables(
                "extensionApproved", "true", "approvalNote", "同意")))
                .isInstanceOf(TaskRuleViolation.class));
        driver.as("supervisor2", () -> taskService.complete(approval.getId(), withVariables(
                "extensionApproved", "true", "approvalNote", "同意延长1个工作日")));

        assertThat(extension).isEnded().hasPassed("EndEvent_InvestigationExtended").hasNotPassed("Task_NotifyExtension");
        Date extended = Date.from(ZonedDateTime.of(2026, 11, 5, 23, 59, 59, 0, SHANGHAI).toInstant());
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(extended);
        assertThat(driver.job(pi, Elements.INVESTIGATION_TIMER).getDuedate()).isEqualTo(extended);
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(OutboxMessage::purpose)
                .doesNotContain(NoticePurpose.EXTENSION);

        // level 3 allows 5 working days in all: 3 + 1 leaves 1
        assertThatThrownBy(() -> actions.requestInvestigationExtension(caseNumber, 2, "再延长"))
                .isInstanceOf(CaseStateConflictException.class).hasMessageContaining("at most 1");
        driver.asApiUser("supervisor", () -> actions.requestInvestigationExtension(caseNumber, 1, "最后一次"));
        driver.as("supervisor2", () -> taskService.complete(taskService.createTaskQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).singleResult().getId(), withVariables(
                "extensionApproved", "true", "approvalNote", "同意")));
        // the reply deadline (5 working days: Friday 6th) caps the investigation
        Complaint c = complaints.getByCaseNumber(caseNumber);
        assertThat(c.getInvestigationDueBy()).isEqualTo(c.getReplyDueBy());
        assertThat(driver.task(pi, Elements.INVESTIGATE).getDueDate()).isEqualTo(Date.from(c.getReplyDueBy()));
    }

    // --- helpers

    private ProcessInstance extensionProcess(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).active().list().stream().findFirst().orElse(null);
    }

    private void executeNoticeJobs(String caseNumber) {
        for (ProcessInstance notice : runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-notice")
                .processInstanceBusinessKey(caseNumber).list()) {
            managementService.executeJob(managementService.createJobQuery().processInstanceId(notice.getId())
                    .singleResult().getId());
        }
    }


    /** Registers a complaint and sends its acknowledgement, as the job executor would. */
    private ProcessInstance register(ComplaintSubmission submission) {
        ProcessInstance pi = registerWithoutAcknowledgement(submission);
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private ProcessInstance registerWithoutAcknowledgement(ComplaintSubmission submission) {
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    /**
     * Walks the level path of the case's current level up to the investigation, as the people on it
     * would: Level 3 not resolved on the spot; Level 2 handed over and organised for the responsible
     * department; Level 1 reported to the department head, forwarded, and planned by the leadership group.
     */
    private void toInvestigation(ProcessInstance pi) {
        String department = (String) runtimeService.getVariable(pi.getId(), Vars.RESPONSIBLE_DEPARTMENT.name());
        switch ((Integer) runtimeService.getVariable(pi.getId(), Vars.LEVEL.name())) {
            case 3 -> taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                    withVariables(Vars.RESOLVED_ON_SPOT.name(), "false"));
            case 2 -> {
                taskService.complete(driver.task(pi, Elements.HAND_OVER).getId(), withVariables(Vars.HANDOVER_NOTE.name(), "请主管组织调查"));
                taskService.complete(driver.task(pi, Elements.ORGANISE).getId(), withVariables(Vars.INVESTIGATION_GROUP.name(), department));
            }
            default -> {
                driver.executeJob(pi, Elements.NOTIFY_DEPARTMENT_HEAD);
                taskService.complete(driver.task(pi, Elements.FORWARD).getId(), withVariables(Vars.FORWARD_NOTE.name(), "涉及金额重大，请领导小组决策"));
                taskService.complete(driver.task(pi, Elements.MEETING).getId(), withVariables(Vars.INVESTIGATION_GROUP.name(), department,
                        Vars.PLAN_OWNERS.name(), "理赔部 王五", Vars.PLAN_MILESTONES.name(), "3日内完成调查"));
            }
        }
        assertThat(pi).isWaitingAt(Elements.INVESTIGATE);
    }

    private void investigateAndDecide(ProcessInstance pi) {
        if (driver.task(pi, Elements.INVESTIGATE) == null) {
            toInvestigation(pi);
        }
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(
                Vars.FINDINGS.name(), "理赔材料已于11月1日补齐，审核超期。", Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                Vars.RESULT.name(), "PARTIALLY_UPHELD", Vars.RESOLUTION.name(), "依据保险合同第5条，赔付已核定部分。",
                Vars.COMPENSATION_AMOUNT.name(), 3000.0));
    }

    private OutboxMessage notice(String caseNumber, NoticePurpose purpose) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == purpose).findFirst()
                .orElseThrow(() -> new AssertionError("no " + purpose + " notice for " + caseNumber));
    }

    private List<String> eventTypes(String caseNumber) {
        return events.history(caseNumber).stream().map(CaseEvent::eventType).toList();
    }
}
