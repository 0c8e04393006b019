package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.access.FourEyes;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Compensation above the threshold is approved by a supervisor who did not decide it (4-eyes). */
@ModelFacing
@Component("compensationApprovalListener")
class CompensationApprovalListener implements TaskListener {

    private final Handling handling;

    CompensationApprovalListener(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            handling.requireNotDecider(caseNumber, task.getAssignee(), task.getName());
            return;
        }
        handling.requireNotDecider(caseNumber, task.getName());
        boolean approved = FourEyes.approved(task, Vars.COMPENSATION_APPROVED.name());
        handling.compensationReviewed(caseNumber, approved, TaskInput.required(task, Vars.APPROVAL_NOTE, 2000));
    }
}
