package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.CommitteeReview.Extension;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 延期审批 The committee approves or refuses an investigation extension ({@link CommitteeReview}). */
@ModelFacing
@Component("wbCommitteeExtensionListener")
class CommitteeExtensionListener implements TaskListener {

    private final CommitteeReview review;
    private final CaseEventLog events;

    CommitteeExtensionListener(CommitteeReview review, CaseEventLog events) {
        this.review = review;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean assigned = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
        CommitteeReview.fourEyes(task.getName(), assigned ? task.getAssignee() : WbInput.actor(task, events),
                Vars.EXTENSION_REQUESTED_BY.get(task), CommitteeReview.REQUESTER);
        if (assigned) {
            return;
        }
        boolean approved = WbInput.requiredBoolean(task, Vars.EXTENSION_APPROVED);
        String note = WbInput.required(task, Vars.APPROVAL_NOTE, 2000);
        String reportNumber = task.getExecution().getProcessBusinessKey();
        if (approved) {
            Extension next = review.extensionApproved(reportNumber, Vars.REGIME.get(task), new Extension(Vars.OPINION_DUE_BY.require(task),
                    Vars.EXTENDED_DAYS.require(task)), Vars.EXTENSION_DAYS.require(task), note);
            Vars.OPINION_DUE_BY.set(task, next.opinionDueBy());
            Vars.EXTENDED_DAYS.set(task, next.extendedDays());
        } else {
            review.extensionRejected(reportNumber, note);
        }
    }
}
