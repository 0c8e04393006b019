package com.casedesk.complaint.review;

import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes on a 核查 review (Art. 20): whoever made the original decision may neither take the
 * review task (claim, assignment, delegation) nor complete it. Camunda's authorizations cannot
 * express "anyone in the group but this person", so the task's listeners refuse it; the refusal
 * rolls the whole command back.
 */
@ModelFacing
@Component("reviewerIsNotDeciderListener")
class ReviewerIsNotDeciderListener implements TaskListener {

    private final ComplaintRepository complaints;
    private final CaseEventLog events;

    ReviewerIsNotDeciderListener(ComplaintRepository complaints, CaseEventLog events) {
        this.complaints = complaints;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean completing = EVENTNAME_COMPLETE.equals(task.getEventName());
        String person = completing ? events.currentActor() : task.getAssignee();
        if (person == null) {
            return; // the task was handed back to the group
        }
        if (completing && CaseEventLog.SYSTEM.equals(person)) {
            // without a known reviewer, nobody can tell that the four eyes were two people
            throw new BadUserRequestException("'" + task.getName() + "' must be completed by a logged-in reviewer");
        }
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (person.equals(complaints.getByCaseNumber(caseNumber).getDecidedBy())) {
            throw new BadUserRequestException(person + " made the decision on complaint " + caseNumber
                    + " and may not " + (completing ? "complete" : "take") + " its review (Art. 20: 核查 by someone"
                    + " other than the original handler)");
        }
    }
}
