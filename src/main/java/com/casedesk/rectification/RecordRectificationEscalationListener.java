package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** An action passed its deadline undone (整改逾期): the escalation is counted and logged. */
@ModelFacing
@Component("recordRectificationEscalationListener")
class RecordRectificationEscalationListener implements TaskListener {

    private final RectificationActionRepository actions;
    private final CaseEventLog events;

    RecordRectificationEscalationListener(RectificationActionRepository actions, CaseEventLog events) {
        this.actions = actions;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        RectificationAction action = actions.getById(RectificationProcess.actionId(task));
        action.recordEscalation();
        actions.save(action);
        events.append(action.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.RECTIFICATION_ESCALATED,
                "整改措施 #" + action.getId() + " 逾期未完成（期限 " + action.getDeadline() + "，第 "
                        + action.getEscalationCount() + " 次督办）");
    }
}
