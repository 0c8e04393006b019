package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.clock.ComplaintClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.notice.NoticeFailureProcess;
import com.casedesk.complaint.review.ReviewProcess.Elements;
import com.casedesk.complaint.review.ReviewProcess.Vars;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.process.TaskRuleViolation;
import com.casedesk.process.TaskInputRefused;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.StaffAlertJobs;
import com.casedesk.support.TestNotificationGateway;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
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
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Every path of {@code complaint-review} on PostgreSQL, through the real API service, listeners,
 * delegates and ledger. Jobs (the notice, the deadline timer) are executed explicitly; nothing waits
 * on the clock.
 *
 * <p>The decided and notified complaint each test starts from is written through the ledger's own
 * methods instead of being driven through complaint-handling: this class's coverage counts every
 * model it touches, so a partly driven complaint-handling would sink it below the 90 % gate.
 * {@code ComplaintReviewApiTest} starts from complaints driven through the real process.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class ComplaintReviewProcessTest {

    private static final String DECIDER = "supervisor";
    private static final String REVIEWER = "reviewer";
    private static final String REASON = "认为赔偿金额计算有误，要求核查。";

    @Autowired com.casedesk.support.EngineDriver driver;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintRepository complaints;
    @Autowired @Qualifier(CaseNumbers.COMPLAINTS) CaseNumbers caseNumbers;
    @Autowired ComplaintClock clock;
    @Autowired ReviewRequests reviewRequests;
    @Autowired ComplaintReviewRepository reviews;
    @Autowired ComplaintProperties properties;
    @Autowired OutboxRepository outbox;
    @Autowired CaseEventLog events;
    @Autowired TestNotificationGateway gateway;

    @BeforeEach
    void useEngine() {
        AbstractAssertions.init(engine);
        gateway.setDown(false);
    }

    @AfterEach
    void channelsUpAndNobodyLoggedIn() {
        gateway.setDown(false);
        // the escalation tasks' alerts (notice-staff-alert): measured whole, see StaffAlertJobs
        StaffAlertJobs.sendPending(managementService);
        identityService.clearAuthentication();
    }

    @Test
    void anotherReviewerUpholdsTheDecisionAndTheComplainantIsToldWithProof() {
        String caseNumber = decidedAndNotified();
        ReviewReceipt receipt = reviewRequests.register(caseNumber, REASON, null, "frontline");
        ProcessInstance pi = reviewOf(caseNumber);

        assertThat(pi).isWaitingAt(Elements.REVIEW).variables()
                .containsEntry(Vars.REVIEW_ID.name(), receipt.reviewId())
                .containsEntry(Vars.REASON.name(), REASON)
                .containsEntry(Vars.ORIGINAL_RESULT.name(), "PARTIALLY_UPHELD")
                .containsEntry(Vars.ORIGINAL_RESOLUTION.name(), "依据保险合同第5条，赔付已核定部分。");
        assertThat(runtimeService.getVariables(pi.getId()).toString())
                .doesNotContain("张三", "110101199003071234", "13800138000", "zhang@example.com", "李四");
        assertThat(receipt.reviewDueBy())
                .isEqualTo(CalendarDays.endOfPeriod(receipt.requestedAt(), 30, properties.zone()));
        Task review = driver.task(pi, Elements.REVIEW);
        assertThat(driver.candidateGroups(review)).containsExactly("complaint-review");
        assertThat(review.getDueDate()).isEqualTo(Date.from(receipt.reviewDueBy()));
        assertThat(review.getCamundaFormRef().getKey()).isEqualTo("complaint-review");

        as(REVIEWER, () -> {
            taskService.claim(review.getId(), REVIEWER);
            taskService.complete(review.getId(), withVariables(Vars.OUTCOME.name(), "UPHELD",
                    Vars.OPINION.name(), "原处理程序合规、时效符合规定，赔付金额按合同第5条计算无误。"));
        });

        assertThat(pi).isWaitingAt(Elements.SEND_NOTICE);
        ComplaintReview decided = reviews.getById(receipt.reviewId());
        assertThat(decided.getStatus()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(decided.getOutcome()).isEqualTo(ReviewOutcome.UPHELD);
        assertThat(decided.getReviewedBy()).isEqualTo(REVIEWER);
        assertThat(decided.getDecidedAt()).isNotNull();
        assertThat(decided.getNotifiedAt()).isNull();

        driver.executeJob(pi, Elements.SEND_NOTICE);

        assertThat(pi).isEnded().hasPassedInOrder(Elements.START, Elements.REVIEW, Elements.SEND_NOTICE,
                Elements.NOTIFIED);
        assertThat(pi).hasNotPassed(Elements.SUPERVISE);
        OutboxMessage notice = notice(caseNumber).orElseThrow();
        assertThat(notice.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(notice.recipient()).isEqualTo("13800138000");
        assertThat(notice.sentAt()).isNotNull();
        assertThat(notice.deliveryReference()).isNotBlank();
        assertThat(notice.content()).contains(caseNumber, "维持原处理决定", "赔付金额按合同第5条计算无误",
                "调解、仲裁或依法提起诉讼");
        assertThat(gateway.deliveredFor(caseNumber)).extracting(OutboxMessage::purpose)
                .contains(NoticePurpose.REVIEW_DECISION);
        assertThat(reviews.getById(receipt.reviewId()).getNotifiedAt()).isEqualTo(notice.sentAt());
        assertThat(eventTypes(caseNumber)).containsSubsequence("REVIEW_REQUESTED", "TASK_CREATED",
                "TASK_ASSIGNED", "REVIEW_DECIDED", "TASK_COMPLETED", "REVIEW_NOTIFIED");
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("REVIEW_DECIDED"))
                .extracting(CaseEvent::actor).containsExactly(REVIEWER);
    }

    @Test
    void whoMadeTheDecisionCanNeitherTakeNorCompleteItsReview() {
        String caseNumber = decidedAndNotified();
        ReviewReceipt receipt = reviewRequests.register(caseNumber, REASON, null, "frontline");
        ProcessInstance pi = reviewOf(caseNumber);
        String taskId = driver.task(pi, Elements.REVIEW).getId();
        String decider = DECIDER;
        var conclusion = withVariables(Vars.OUTCOME.name(), "CHANGED", Vars.OPINION.name(), "原调查未核实理赔材料补齐时间，赔付金额调整为全额。");

        assertThatThrownBy(() -> as(decider, () -> taskService.claim(taskId, decider)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining(decider);
        assertThatThrownBy(() -> taskService.setAssignee(taskId, decider))
                .isInstanceOf(TaskRuleViolation.class);
        assertThatThrownBy(() -> as(decider, () -> taskService.complete(taskId, conclusion)))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("may not complete");
        assertThatThrownBy(() -> taskService.complete(taskId, conclusion))
                .as("nobody logged in: the reviewer is unknown")
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("logged-in");

        assertThat(pi).isWaitingAt(Elements.REVIEW);
        assertThat(driver.task(pi, Elements.REVIEW).getAssignee()).isNull();
        assertThat(reviews.getById(receipt.reviewId()).getStatus()).isEqualTo(ReviewStatus.OPEN);
        assertThat(eventTypes(caseNumber)).doesNotContain("REVIEW_DECIDED", "TASK_ASSIGNED");

        // another member of the group may (setting a decision aside re-opens handling: ReviewRehandlingTest)
        as(REVIEWER, () -> taskService.complete(taskId, conclusion));
        driver.executeJob(pi, Elements.SEND_NOTICE);

        assertThat(pi).isEnded();
        assertThat(reviews.getById(receipt.reviewId()).getOutcome()).isEqualTo(ReviewOutcome.CHANGED);
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("REVIEW_DECIDED"))
                .extracting(CaseEvent::detail).singleElement().asString().contains("变更处理决定");
        assertThat(notice(caseNumber).orElseThrow().content()).contains("变更处理决定", "按上述核查意见变更");
    }

    @Test
    void aReviewNotConcludedWithin30DaysEscalatesToTheLeadershipWhileTheReviewGoesOn() {
        String caseNumber = decidedAndNotified();
        ReviewReceipt receipt = reviewRequests.register(caseNumber, REASON, null, "frontline");
        ProcessInstance pi = reviewOf(caseNumber);
        Job deadline = driver.job(pi, Elements.DEADLINE_TIMER);
        assertThat(deadline.getDuedate()).isEqualTo(Date.from(receipt.reviewDueBy()));

        managementService.executeJob(deadline.getId());

        assertThat(pi).isWaitingAt(Elements.REVIEW, Elements.SUPERVISE);
        Task supervise = driver.task(pi, Elements.SUPERVISE);
        assertThat(driver.candidateGroups(supervise)).containsExactly("complaint-leadership");
        assertThat(supervise.getDueDate()).isNotNull();
        assertThat(supervise.getCamundaFormRef().getKey()).isEqualTo("complaint-review-escalation");
        assertThat(events.history(caseNumber)).filteredOn(e -> e.eventType().equals("ESCALATED"))
                .extracting(CaseEvent::detail).singleElement().asString().contains("核查期限届满", "complaint-leadership");

        taskService.complete(supervise.getId(), withVariables(Vars.SUPERVISION_NOTE.name(), "已要求核查组三日内作出结论"));

        assertThat(pi).hasPassed(Elements.ESCALATION_HANDLED).isWaitingAt(Elements.REVIEW);
        assertThat(events.history(caseNumber)).extracting(CaseEvent::detail).contains("已要求核查组三日内作出结论");
        assertThat(reviews.getById(receipt.reviewId()).getStatus()).isEqualTo(ReviewStatus.OPEN);
    }

    @Test
    void aChannelThatIsDownEndsAsAnIncidentAndTheNoticeGoesOutOnceRepaired() {
        String caseNumber = decidedAndNotified();
        ReviewReceipt receipt = reviewRequests.register(caseNumber, REASON, null, "frontline");
        ProcessInstance pi = reviewOf(caseNumber);
        as(REVIEWER, () -> taskService.complete(driver.task(pi, Elements.REVIEW).getId(), withVariables(
                Vars.OUTCOME.name(), "CHANGED", Vars.OPINION.name(), "赔付金额应按合同第6条重新计算，变更为全额赔付。")));
        gateway.setDown(true);

        Job send = driver.job(pi, Elements.SEND_NOTICE);
        for (int attempt = 0; attempt < 5; attempt++) {
            String jobId = send.getId();
            assertThatThrownBy(() -> managementService.executeJob(jobId)).hasMessageContaining("is down");
        }

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo(Elements.SEND_NOTICE);
        assertThat(notice(caseNumber)).isEmpty();
        assertThat(reviews.getById(receipt.reviewId()).getNotifiedAt()).isNull();
        assertThat(eventTypes(caseNumber)).doesNotContain("REVIEW_NOTIFIED");
        // the review notice escalates like the decision notice: one event, one task for the level's group
        assertThat(eventTypes(caseNumber).stream().filter("NOTICE_FAILED"::equals)).hasSize(1);
        ProcessInstance escalation = noticeFailure(caseNumber);
        Task task = taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult();
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("complaint-supervisor");
        assertThat(escalation).variables()
                .containsEntry(NoticeFailureProcess.Vars.FAILED_ACTIVITY.name(), Elements.SEND_NOTICE);
        managementService.setJobRetries(send.getId(), 1);
        assertThatThrownBy(() -> managementService.executeJob(send.getId())).as("retried while still down")
                .hasMessageContaining("is down");
        assertThat(eventTypes(caseNumber).stream().filter("NOTICE_FAILED"::equals)).as("once").hasSize(1);
        taskService.complete(task.getId(), withVariables(NoticeFailureProcess.Vars.NOTE.name(), "已电话告知核查结论。"));
        assertThat(escalation).isEnded().hasPassed(NoticeFailureProcess.Elements.HANDLED);

        gateway.setDown(false);
        managementService.setJobRetries(send.getId(), 1);
        managementService.executeJob(send.getId());

        assertThat(pi).isEnded().hasPassed(Elements.NOTIFIED);
        assertThat(notice(caseNumber).orElseThrow().content()).contains("变更处理决定", "全额赔付");
        assertThat(reviews.getById(receipt.reviewId()).getNotifiedAt()).isNotNull();
        assertThat(eventTypes(caseNumber)).contains("REVIEW_NOTIFIED");
    }

    @Test
    void aConclusionWithoutAnOutcomeIsRefusedAndNothingIsRecorded() {
        String caseNumber = decidedAndNotified();
        ReviewReceipt receipt = reviewRequests.register(caseNumber, REASON, null, "frontline");
        ProcessInstance pi = reviewOf(caseNumber);
        String taskId = driver.task(pi, Elements.REVIEW).getId();

        assertThatThrownBy(() -> as(REVIEWER, () -> taskService.complete(taskId, withVariables(Vars.OPINION.name(), "无"))))
                .isInstanceOf(TaskInputRefused.class).hasMessageContaining(Vars.OUTCOME.name());
        assertThatThrownBy(() -> as(REVIEWER, () -> taskService.complete(taskId, withVariables(
                Vars.OUTCOME.name(), "UPHELD", Vars.OPINION.name(), "意".repeat(3990)))))
                .as("fits the ledger but not the notice")
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("too long for the notice");

        assertThat(pi).isWaitingAt(Elements.REVIEW);
        assertThat(reviews.getById(receipt.reviewId()).getStatus()).isEqualTo(ReviewStatus.OPEN);
    }

    // --- helpers

    /** A complaint decided by {@link #DECIDER} (partially upheld) whose decision notice was sent just now. */
    private String decidedAndNotified() {
        Instant now = clock.now();
        String caseNumber = caseNumbers.next(now);
        Complaint complaint = Complaint.register(caseNumber, Complaints.ordinary(), now, clock.replyDueBy(now), "frontline");
        complaint.applyGrade(3, "test", "complaint-frontline", false);
        complaint.recordFindings("理赔材料已于11月1日补齐，审核超期。", "RULES_AND_PROCEDURES");
        complaint.recordDecision(DecisionResult.PARTIALLY_UPHELD, "依据保险合同第5条，赔付已核定部分。",
                new BigDecimal("3000.00"), now, DECIDER);
        complaint.recordFeedbackSent(now);
        complaints.save(complaint);
        return caseNumber;
    }

    private ProcessInstance reviewOf(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ReviewProcess.KEY).singleResult();
    }

    /** Runs the step as the given staff member, as Tasklist or the REST API would. */
    private void as(String user, Runnable step) {
        // the decider also sits in the review group: membership must not be enough to review one's own decision
        identityService.setAuthentication(user, user.equals(REVIEWER) ? List.of("complaint-review")
                : List.of("complaint-supervisor", "complaint-review"));
        try {
            step.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance noticeFailure(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(NoticeFailureProcess.KEY).singleResult();
    }

    private Optional<OutboxMessage> notice(String caseNumber) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == NoticePurpose.REVIEW_DECISION).findFirst();
    }

    private List<String> eventTypes(String caseNumber) {
        return events.history(caseNumber).stream().map(CaseEvent::eventType).toList();
    }
}
