package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The reply deadline passed without a decision: the escalation is counted and logged. */
@ModelFacing
@Component("recordEscalationListener")
class RecordEscalationListener implements TaskListener {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    RecordEscalationListener(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint complaint = complaints.getByCaseNumber(task.getExecution().getProcessBusinessKey());
        complaint.recordEscalation();
        complaints.save(complaint);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.ESCALATED,
                "答复期限届满未决，升级至 " + Vars.ESCALATION_GROUP.get(task));
    }
}
