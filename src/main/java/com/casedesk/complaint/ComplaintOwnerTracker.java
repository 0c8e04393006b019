package com.casedesk.complaint;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the ledger's "current owner" on the person or group holding the complaint's open task ({@link CurrentOwner}). */
@Component
class ComplaintOwnerTracker {

    private final ComplaintRepository complaints;

    ComplaintOwnerTracker(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @EventListener(condition = "#task.eventName == 'assignment' || #task.eventName == 'create'")
    public void onTaskEvent(DelegateTask task) {
        if (task.getProcessDefinitionId() == null || !task.getProcessDefinitionId().startsWith(ComplaintProcess.KEY + ":")) {
            return;
        }
        String owner = CurrentOwner.after(task.getTaskDefinitionKey(), task.getEventName(), task.getAssignee(),
                () -> task.getCandidates().stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                        .map(link -> link.getGroupId()).toList());
        if (owner == null) {
            return;
        }
        // unchanged when already named, e.g. the first task after grading, which named the handling group
        complaints.assignOwner(task.getExecution().getProcessBusinessKey(), owner);
    }
}
