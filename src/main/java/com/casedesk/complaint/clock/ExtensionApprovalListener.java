package com.casedesk.complaint.clock;

import com.casedesk.casefile.TaskInput;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Senior management approves an extension; the person who asked for it may not (4-eyes, {@link Extensions}). */
@ModelFacing
@Component("extensionApprovalListener")
class ExtensionApprovalListener implements TaskListener {

    private final Extensions extensions;

    ExtensionApprovalListener(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public void notify(DelegateTask task) {
        String requestedBy = ExtensionProcess.requestedBy(task);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            Extensions.requireNotRequester(task.getName(), task.getAssignee(), requestedBy);
            return;
        }
        String approver = extensions.approver(task.getName(), requestedBy);
        String answer = ExtensionProcess.Vars.APPROVED.name();
        boolean approved = Extensions.approved(answer, TaskInput.raw(task, answer));
        String note = TaskInput.required(task, ExtensionProcess.Vars.APPROVAL_NOTE, 2000);
        // an approval after the statutory date is recorded as refused and takes the rejection path
        boolean granted = extensions.decide(ExtensionProcess.extensionId(task), approved, approver, note);
        TaskInput.store(task, answer, granted); // the gateway reads a Boolean
    }
}
