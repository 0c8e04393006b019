package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.rectification.RectificationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor's note on an overdue action (督办意见) goes into the case's event log. */
@ModelFacing
@Component("recordRectificationSupervisionListener")
class RecordRectificationSupervisionListener implements TaskListener {

    private final CaseEventLog events;

    RecordRectificationSupervisionListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskInput.required(task, Vars.SUPERVISION_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.SUPERVISION_RECORDED,
                "整改措施 #" + RectificationProcess.actionId(task) + " 督办意见：" + note);
    }
}
