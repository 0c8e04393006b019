package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 处理决定 The committee decides — never the investigator alone: whoever wrote the opinion may not
 * be assigned or complete the decision. The redacted feedback for the reporter is written here.
 */
@ModelFacing
@Component("wbCommitteeDecisionListener")
class CommitteeDecisionListener implements TaskListener {

    private final CaseEventLog events;
    private final ReportStatus status;

    CommitteeDecisionListener(CaseEventLog events, ReportStatus status) {
        this.events = events;
        this.status = status;
    }

    @Override
    public void notify(DelegateTask task) {
        String investigator = (String) task.getVariable(Vars.INVESTIGATOR);
        if (EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
            WbInput.fourEyes(task, task.getAssignee(), investigator, "investigator");
            return;
        }
        String actor = WbInput.actor(task, events);
        WbInput.fourEyes(task, actor, investigator, "investigator");
        CommitteeDecision decision = TaskInput.requiredEnum(task, Vars.DECISION, CommitteeDecision.class);
        TaskInput.required(task, Vars.DECISION_REASON, 4000);
        TaskInput.required(task, Vars.FEEDBACK_TEXT, 2000);
        task.setVariable(Vars.DECIDED_BY, actor);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.COMMITTEE_DECISION,
                decision.label() + " (" + decision + ")");
        status.decided(task.getExecution().getProcessBusinessKey(), decision);
    }
}
