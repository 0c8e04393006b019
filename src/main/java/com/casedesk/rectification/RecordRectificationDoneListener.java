package com.casedesk.rectification;

import com.casedesk.casefile.TaskInput;
import com.casedesk.process.ModelFacing;
import com.casedesk.rectification.RectificationProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Rectification carried out (落实整改): the result goes into the ledger and the action is DONE. */
@ModelFacing
@Component("recordRectificationDoneListener")
class RecordRectificationDoneListener implements TaskListener {

    private final Rectifications rectifications;

    RecordRectificationDoneListener(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void notify(DelegateTask task) {
        String resultNote = TaskInput.required(task, Vars.RESULT_NOTE, Rectifications.MAX_DESCRIPTION);
        rectifications.complete(RectificationProcess.actionId(task), resultNote);
    }
}
