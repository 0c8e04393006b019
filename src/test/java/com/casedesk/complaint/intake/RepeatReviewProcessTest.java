package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.intake.RepeatReviewProcess.Elements;
import com.casedesk.complaint.intake.RepeatReviewProcess.Vars;
import com.casedesk.security.StaffGroups;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code complaint-repeat-review} on PostgreSQL, measured on its own: the ledger rows are written directly
 * (no complaint-handling instance, which this class does not measure) and the review is started the way
 * a merge starts it. The whole merge over the API: {@link RepeatComplaintsTest}.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class RepeatReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintRepository complaints;
    @Autowired @Qualifier(CaseNumbers.COMPLAINTS) CaseNumbers caseNumbers;
    @Autowired ComplaintClock complaintClock;
    @Autowired CaseEventLog events;
    @Autowired RepeatJudgements judgements;

    @BeforeEach
    void useEngine() {
        AbstractAssertions.init(engine);
    }

    @Test
    void theHandlingGroupJudgesTheMaterialNewAndTheClockRestartsFromItsReceipt() {
        Complaint open = ledgerRow(Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
        Complaint repeat = ledgerRow(Instant.now().truncatedTo(ChronoUnit.SECONDS));

        judgements.ask(open, repeat, "complainant");
        ProcessInstance review = runtimeService.createProcessInstanceQuery().processDefinitionKey(RepeatReviewProcess.KEY)
                .processInstanceBusinessKey(open.getCaseNumber()).singleResult();

        assertThat(review).isWaitingAt(Elements.JUDGE).task().hasCandidateGroup(StaffGroups.SUPERVISOR);
        assertThat(complaints.getByCaseNumber(open.getCaseNumber()).getClockStartedAt()).isEqualTo(open.getReceivedAt());
        Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
        taskService.claim(task.getId(), "supervisor");
        // a judgement without its reason is refused, the task stays
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> taskService.complete(task.getId(),
                Map.of(Vars.FACTS_NEW.name(), "true"))).hasMessageContaining(Vars.JUDGEMENT_REASON.name());

        taskService.complete(task.getId(), Map.of(Vars.FACTS_NEW.name(), "true",
                Vars.JUDGEMENT_REASON.name(), "补充了新的证据"));

        assertThat(review).hasPassed(Elements.RECEIVED, Elements.JUDGE).isEnded();
        assertThat(review).variables().containsEntry(Vars.FACTS_NEW.name(), true);
        assertThat(complaints.getByCaseNumber(open.getCaseNumber()).getClockStartedAt()).isEqualTo(repeat.getReceivedAt());
        assertThat(events.history(open.getCaseNumber())).extracting(e -> e.eventType())
                .contains(CaseEventType.REPEAT_REVIEW_REQUESTED.name(), CaseEventType.REPEAT_JUDGED.name(),
                        CaseEventType.CLOCK_RESTARTED.name());
    }

    /** Written directly: graded level 2 (its handling group is the supervisors'), no handling instance. */
    private Complaint ledgerRow(Instant receivedAt) {
        String caseNumber = caseNumbers.next(receivedAt);
        Complaint complaint = Complaint.register(caseNumber, Complaints.ordinary(), receivedAt,
                complaintClock.replyDueBy(receivedAt), "frontline");
        complaint.applyGrade(2, "测试", StaffGroups.SUPERVISOR, false);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.RECEIVED, "测试案件");
        return complaints.save(complaint);
    }
}
