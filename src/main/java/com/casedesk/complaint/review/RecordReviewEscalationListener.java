package com.casedesk.complaint.review;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

/**
 * The 30-day review period passed without a conclusion: logged as an escalation to the supervise
 * task's candidate groups ({@link ReviewDecisions#recordOverdue}).
 */
@ModelFacing
@Component("recordReviewEscalationListener")
class RecordReviewEscalationListener implements TaskListener {

    private final ReviewDecisions decisions;

    RecordReviewEscalationListener(ReviewDecisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        decisions.recordOverdue(task.getExecution().getProcessBusinessKey(), ReviewProcess.Vars.REVIEW_ID.get(task),
                task.getCandidates().stream().map(IdentityLink::getGroupId).filter(group -> group != null).toList());
    }
}
