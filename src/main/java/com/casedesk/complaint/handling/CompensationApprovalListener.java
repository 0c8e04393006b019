package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.access.FourEyes;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Compensation above the threshold is approved by a supervisor who did not decide it (4-eyes). */
@ModelFacing
@Component("compensationApprovalListener")
class CompensationApprovalListener implements TaskListener {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    CompensationApprovalListener(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        Complaint complaint = complaints.getByCaseNumber(task.getExecution().getProcessBusinessKey());
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            FourEyes.require(task, task.getAssignee(), complaint.getDecidedBy(), "decider");
            return;
        }
        FourEyes.require(task, events.currentActor(), complaint.getDecidedBy(), "decider");
        boolean approved = FourEyes.approved(task, Vars.COMPENSATION_APPROVED.name());
        String note = TaskInput.required(task, Vars.APPROVAL_NOTE.name(), 2000);
        events.append(complaint.getCaseNumber(),
                approved ? CaseEventType.COMPENSATION_APPROVED : CaseEventType.COMPENSATION_REJECTED,
                "赔偿 " + complaint.getCompensationAmount() + " 元: " + note);
    }
}
