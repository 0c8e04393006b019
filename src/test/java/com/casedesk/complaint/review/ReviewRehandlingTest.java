package com.casedesk.complaint.review;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.NotifiedDecisions;
import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.support.PostgresTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A review that sets the decision aside sends the case back to handling (Art. 20). */
@PostgresTest
class ReviewRehandlingTest {

    @Autowired ComplaintIntake intake;
    @Autowired ReviewRequests reviewRequests;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintRepository complaints;
    @Autowired CaseEventLog events;

    private NotifiedDecisions decisions;

    @BeforeEach
    void setUp() {
        decisions = new NotifiedDecisions(intake, runtimeService, taskService, managementService, identityService);
    }

    @Test
    void aClosedCaseWhoseDecisionIsSetAsideIsHandledAgainInANewRoundOnARestartedClock() {
        String caseNumber = decisions.noticeSent();
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ComplaintProcess.Elements.CALLBACK).singleResult().getId(),
                withVariables(ComplaintProcess.Vars.CALLBACK_OUTCOME.name(), "SATISFIED"));
        assertThat(complaints.getByCaseNumber(caseNumber).getStatus()).isEqualTo(ComplaintStatus.CLOSED);
        var before = complaints.getByCaseNumber(caseNumber);

        setAside(caseNumber);

        var reopened = complaints.getByCaseNumber(caseNumber);
        assertThat(reopened.getStatus()).isEqualTo(ComplaintStatus.IN_HANDLING);
        assertThat(reopened.getHandlingRound()).isEqualTo(before.getHandlingRound() + 1);
        assertThat(reopened.getClockStartedAt()).isAfter(before.getClockStartedAt());
        var handling = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(handling).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(handling.getId()).list()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(java.util.Date.from(reopened.getReplyDueBy())));
        assertThat(runtimeService.getVariable(handling.getId(), ComplaintProcess.Vars.LEVEL.name())).isEqualTo(reopened.getLevel());
        assertThat(events.history(caseNumber)).extracting(CaseEvent::eventType).contains("REOPENED", "DEADLINE_CHANGED");
    }

    @Test
    void aSetAsideCaseIsNoLongerClosedHasNoCallbackYetAndIsNotRegradedToItsOwnLevel() {
        String caseNumber = decisions.noticeSent();
        taskService.complete(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ComplaintProcess.Elements.CALLBACK).singleResult().getId(),
                withVariables(ComplaintProcess.Vars.CALLBACK_OUTCOME.name(), "SATISFIED"));
        var closed = complaints.getByCaseNumber(caseNumber);
        assertThat(closed.getClosedAt()).isNotNull();

        setAside(caseNumber);

        var reopened = complaints.getByCaseNumber(caseNumber);
        // the statistics count a case closed by its closed_at, and the callbacks of closed cases by this outcome
        assertThat(reopened.getClosedAt()).isNull();
        assertThat(reopened.getCallbackOutcome()).isNull();
        assertThat(reopened.getLevel()).isEqualTo(closed.getLevel());
        assertThat(reopened.getGradingReason()).isEqualTo(closed.getGradingReason());
        List<CaseEvent> history = events.history(caseNumber);
        assertThat(history).extracting(CaseEvent::eventType).doesNotContain("REGRADED");
        assertThat(history).extracting(CaseEvent::detail).noneMatch(d -> d != null && d.contains("三级 → 三级"));
        assertThat(history).filteredOn(e -> "REOPENED".equals(e.eventType())).extracting(CaseEvent::detail)
                .singleElement().satisfies(d -> assertThat(d).startsWith("核查撤销"));
    }

    @Test
    void aCaseStillInHandlingIsNotStartedTwice() {
        String caseNumber = decisions.noticeSent(); // waits at the satisfaction callback

        setAside(caseNumber);

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count()).isOne();
        assertThat(events.history(caseNumber)).extracting(CaseEvent::detail)
                .anyMatch(d -> d != null && d.contains("案件仍在处理中"));
    }

    private void setAside(String caseNumber) {
        reviewRequests.register(caseNumber, "认为处理结果依据不足", null, "frontline");
        String reviewTask = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ReviewProcess.Elements.REVIEW).singleResult().getId();
        identityService.setAuthentication("reviewer", List.of("complaint-review"));
        try {
            taskService.complete(reviewTask, withVariables(ReviewProcess.Vars.OUTCOME.name(), "SET_ASIDE",
                    ReviewProcess.Vars.OPINION.name(), "原调查遗漏关键材料，撤销重新处理。"));
        } finally {
            identityService.clearAuthentication();
        }
    }
}
