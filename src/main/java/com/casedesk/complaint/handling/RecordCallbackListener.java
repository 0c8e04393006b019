package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Satisfaction callback (满意度回访) recorded. */
@ModelFacing
@Component("recordCallbackListener")
class RecordCallbackListener implements TaskListener {

    private final Handling handling;

    RecordCallbackListener(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = HandlingRules.callbackOutcome(TaskInput.required(task, Vars.CALLBACK_OUTCOME, 32));
        String note = TaskInput.optional(task, Vars.CALLBACK_NOTE, 2000);
        handling.callback(task.getExecution().getProcessBusinessKey(), outcome, note);
    }
}
