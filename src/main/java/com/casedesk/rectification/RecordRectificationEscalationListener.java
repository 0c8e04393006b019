package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** An action passed its deadline undone (整改逾期): the escalation is counted and logged. */
@ModelFacing
@Component("recordRectificationEscalationListener")
class RecordRectificationEscalationListener implements TaskListener {

    private final Rectifications rectifications;

    RecordRectificationEscalationListener(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void notify(DelegateTask task) {
        rectifications.recordEscalation(RectificationProcess.actionId(task));
    }
}
