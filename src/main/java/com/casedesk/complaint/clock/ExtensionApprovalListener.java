package com.casedesk.complaint.clock;

import com.casedesk.complaint.ComplaintExtensionRepository;
import com.casedesk.complaint.access.FourEyes;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Senior management approves an extension; the person who asked for it may not (4-eyes). */
@ModelFacing
@Component("extensionApprovalListener")
class ExtensionApprovalListener implements TaskListener {

    private final ComplaintExtensionRepository extensions;
    private final ComplaintClock clock;
    private final CaseEventLog events;

    ExtensionApprovalListener(ComplaintExtensionRepository extensions, ComplaintClock clock, CaseEventLog events) {
        this.extensions = extensions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String requestedBy = ExtensionProcess.requestedBy(task);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            FourEyes.require(task, task.getAssignee(), requestedBy, "requester");
            return;
        }
        String approver = events.currentActor();
        FourEyes.require(task, approver, requestedBy, "requester");
        boolean approved = FourEyes.approved(task, ExtensionProcess.Vars.APPROVED.name());
        String note = TaskInput.required(task, ExtensionProcess.Vars.APPROVAL_NOTE.name(), 2000);
        long id = ExtensionProcess.extensionId(task);
        extensions.findById(id).ifPresent(e -> extensions.save(e.decide(approved, approver, clock.now(), note)));
    }
}
