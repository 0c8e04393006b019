package com.casedesk.complaint.review;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Four eyes on a 核查 review (Art. 20): whoever made the original decision may neither take the
 * review task (claim, assignment, delegation) nor complete it. Camunda's authorizations cannot
 * express "anyone in the group but this person", so the task's listeners refuse it; the refusal
 * rolls the whole command back. The rule is {@link ReviewDecisions#requireNotDecider}.
 */
@ModelFacing
@Component("reviewerIsNotDeciderListener")
class ReviewerIsNotDeciderListener implements TaskListener {

    private final ReviewDecisions decisions;

    ReviewerIsNotDeciderListener(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.requireReviewerIsNotDecider(task.getName(), task.getExecution().getProcessBusinessKey(),
                task.getAssignee(), EVENTNAME_COMPLETE.equals(task.getEventName()));
    }
}
