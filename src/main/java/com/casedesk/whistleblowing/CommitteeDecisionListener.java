package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理决定 The committee decides — never the investigator alone ({@link CommitteeReview}). The redacted
 * feedback for the reporter is written here.
 */
@ModelFacing
@Component("wbCommitteeDecisionListener")
class CommitteeDecisionListener implements TaskListener {

    private final CommitteeReview review;
    private final CaseEventLog events;

    CommitteeDecisionListener(CommitteeReview review, CaseEventLog events) {
        this.review = review;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean assigned = EVENTNAME_ASSIGNMENT.equals(task.getEventName());
        String actor = assigned ? task.getAssignee() : WbInput.actor(task, events);
        CommitteeReview.fourEyes(task.getName(), actor, Vars.INVESTIGATOR.get(task), CommitteeReview.INVESTIGATOR);
        if (assigned) {
            return;
        }
        CommitteeDecision decision = WbInput.requiredEnum(task, Vars.DECISION, CommitteeDecision.class);
        WbInput.required(task, Vars.DECISION_REASON, 4000);
        WbInput.required(task, Vars.FEEDBACK_TEXT, 2000);
        Vars.DECIDED_BY.set(task, actor);
        review.decided(task.getExecution().getProcessBusinessKey(), decision);
    }
}
