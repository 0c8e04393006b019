package com.casedesk.complaint.review;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The 30-day review period passed without a conclusion: logged as an escalation. The complaint's
 * escalation count is left alone; it counts breaches of the reply deadline.
 */
@ModelFacing
@Component("recordReviewEscalationListener")
class RecordReviewEscalationListener implements TaskListener {

    private final CaseEventLog events;

    RecordReviewEscalationListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventLog.SYSTEM, CaseEventType.ESCALATED,
                "核查期限届满未作出核查结论（核查 " + ReviewProcess.Vars.REVIEW_ID.get(task) + "），升级至 "
                        + String.join(",", task.getCandidates().stream()
                        .filter(link -> link.getGroupId() != null).map(link -> link.getGroupId()).toList()));
    }
}
