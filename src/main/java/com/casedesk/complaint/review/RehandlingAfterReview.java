package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * A review (核查, Art. 20) that sets the decision aside sends the case back to handling: a new
 * instance of {@code complaint-handling} for the same case starts just before the regrade step, at
 * the case's current level, so it is routed exactly as a regraded case and handled in a new round
 * on a clock restarted from the review's conclusion.
 */
@Component
class RehandlingAfterReview {

    static final String REASON = "核查撤销原处理决定，重新处理 (review set the decision aside)";

    private final ComplaintRepository complaints;
    private final StatutoryClock statutoryClock;
    private final ComplaintClock clock;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;

    RehandlingAfterReview(ComplaintRepository complaints, StatutoryClock statutoryClock, ComplaintClock clock,
                          RuntimeService runtimeService, CaseEventLog events) {
        this.complaints = complaints;
        this.statutoryClock = statutoryClock;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    void start(String caseNumber) {
        boolean stillHandled = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).count() > 0;
        if (stillHandled) {
            // the case never left handling (e.g. its callback is still open): its handlers carry on
            events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.REOPENED, REASON + "；案件仍在处理中");
            return;
        }
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.reopen();
        complaint = statutoryClock.restart(complaint, clock.now());
        runtimeService.createProcessInstanceByKey(ComplaintProcess.KEY)
                .businessKey(caseNumber)
                .startBeforeActivity(ComplaintProcess.Elements.APPLY_REGRADE)
                .setVariables(ComplaintProcess.startVariables(complaint))
                .setVariable(Vars.NEW_LEVEL.name(), complaint.getLevel())
                .setVariable(Vars.REGRADE_REASON.name(), REASON)
                .execute();
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.REOPENED, REASON + "，第" + complaint.getHandlingRound() + "轮");
    }
}
