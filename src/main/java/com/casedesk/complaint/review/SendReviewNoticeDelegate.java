package com.casedesk.complaint.review;

import com.casedesk.complaint.review.ReviewProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 告知核查结果 Send review notice. Runs as an asynchronous job, so a channel that is down becomes a
 * retried job, then an incident; nothing is recorded as notified until the gateway took it.
 */
@ModelFacing
@Component("sendReviewNoticeDelegate")
class SendReviewNoticeDelegate implements JavaDelegate {

    private final ReviewDecisions decisions;

    SendReviewNoticeDelegate(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        decisions.notifyComplainant(Vars.REVIEW_ID.get(execution));
    }
}
