package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbNoticeFailureProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What the committee did about a failed message to the reporter goes into the report's event log. */
@ModelFacing
@Component("wbNoticeFailureListener")
class WbNoticeFailureListener implements TaskListener {

    private final WbNoticeFailures failures;

    WbNoticeFailureListener(WbNoticeFailures failures) {
        this.failures = failures;
    }

    @Override
    public void notify(DelegateTask task) {
        failures.handled(task.getExecution().getProcessBusinessKey(), WbInput.required(task, Vars.NOTE, 2000));
    }
}
