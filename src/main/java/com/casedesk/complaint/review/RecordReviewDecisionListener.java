package com.casedesk.complaint.review;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.review.ReviewProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Review concluded (核查结论): outcome, opinion and reviewer go into the review's ledger row. */
@ModelFacing
@Component("recordReviewDecisionListener")
class RecordReviewDecisionListener implements TaskListener {

    private static final int MAX_OPINION = 4000;

    private final ReviewDecisions decisions;

    RecordReviewDecisionListener(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        ReviewOutcome outcome = TaskInput.requiredEnum(task, Vars.OUTCOME, ReviewOutcome.class);
        String opinion = TaskInput.required(task, Vars.OPINION, MAX_OPINION);
        decisions.record(Vars.REVIEW_ID.get(task), outcome, opinion);
    }
}
