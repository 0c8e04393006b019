package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 现场处理 (Level 3): resolved on the spot, the findings and the decision go into the ledger at once,
 * and a complainant satisfied on the spot needs no callback; otherwise the case goes to investigation.
 */
@ModelFacing
@Component("recordOnSpotResolutionListener")
class RecordOnSpotResolutionListener implements TaskListener {

    static final String ON_SPOT_FINDINGS = "当场核实";

    private final ComplaintRepository complaints;
    private final ComplaintClock clock;
    private final CaseEventLog events;
    private final com.casedesk.notification.Notifications notifications;
    private final ComplaintNotices notices;

    RecordOnSpotResolutionListener(ComplaintRepository complaints, ComplaintClock clock, CaseEventLog events,
                                   com.casedesk.notification.Notifications notifications, ComplaintNotices notices) {
        this.complaints = complaints;
        this.clock = clock;
        this.events = events;
        this.notifications = notifications;
        this.notices = notices;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean resolved = TaskInput.requiredBoolean(task, Vars.RESOLVED_ON_SPOT.name());
        boolean satisfied = resolved && TaskInput.optionalBoolean(task, Vars.SATISFIED_ON_SPOT.name());
        // the gateway after handling reads it: always present, never true without a resolution
        Vars.SATISFIED_ON_SPOT.set(task, satisfied);
        if (!resolved) {
            return;
        }
        DecisionResult result = TaskInput.requiredEnum(task, Vars.RESULT.name(), DecisionResult.class);
        String resolution = TaskInput.required(task, Vars.RESOLUTION.name(), 4000);
        // a root cause is required on every decided case (JR/T 0169 cause axis), on the spot too
        RootCause rootCause = TaskInput.requiredEnum(task, Vars.ROOT_CAUSE.name(), RootCause.class);
        Complaint complaint = complaints.getByCaseNumber(task.getExecution().getProcessBusinessKey());
        complaint.recordFindings(ON_SPOT_FINDINGS, rootCause.name());
        complaint.recordDecision(result, resolution, null, clock.now(), events.currentActor());
        if (satisfied) {
            complaint.recordCallback(CallbackOutcome.SATISFIED);
            Vars.CALLBACK_OUTCOME.set(task, CallbackOutcome.SATISFIED);
        }
        complaints.save(complaint);
        String caseNumber = complaint.getCaseNumber();
        events.append(caseNumber, CaseEventType.FINDINGS_RECORDED, ON_SPOT_FINDINGS);
        events.append(caseNumber, CaseEventType.DECISION_RECORDED, result.label() + " (" + result + ")，当场解决");
        if (satisfied) {
            events.append(caseNumber, CaseEventType.CALLBACK_RECORDED, CallbackOutcome.SATISFIED + ": 客户当场表示满意");
            // the decision was told face to face and the case closes without a written notice:
            // the outbox keeps what was told, when and by whom, as the proof of notice (Art. 21)
            var told = notifications.recordInPerson(caseNumber, com.casedesk.notification.NoticePurpose.DECISION,
                    events.currentActor(), notices.decision(complaint));
            events.append(caseNumber, CaseEventType.DECISION_NOTIFIED, "当场告知处理结果 (outbox " + told.id() + ")");
        }
    }
}
