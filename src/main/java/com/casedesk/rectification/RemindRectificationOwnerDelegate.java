package com.casedesk.rectification;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 提醒整改责任人 Remind owner: an internal notice to the owner, or to the department when nobody was
 * named. Runs as an asynchronous job, so a messaging channel that is down is retried, then an incident.
 */
@ModelFacing
@Component("remindRectificationOwnerDelegate")
class RemindRectificationOwnerDelegate implements JavaDelegate {

    private final Rectifications rectifications;

    RemindRectificationOwnerDelegate(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rectifications.remindOwner(RectificationProcess.actionId(execution));
    }
}
