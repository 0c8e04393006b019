package com.casedesk.rectification;

import com.casedesk.casefile.TaskInput;
import com.casedesk.process.ModelFacing;
import com.casedesk.rectification.RectificationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor's note on an overdue action (督办意见) goes into the case's event log. */
@ModelFacing
@Component("recordRectificationSupervisionListener")
class RecordRectificationSupervisionListener implements TaskListener {

    private final Rectifications rectifications;

    RecordRectificationSupervisionListener(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskInput.required(task, Vars.SUPERVISION_NOTE, 2000);
        rectifications.recordSupervision(task.getExecution().getProcessBusinessKey(),
                RectificationProcess.actionId(task), note);
    }
}
