package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.RootCause;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Investigation completed: findings and root cause go into the ledger. */
@ModelFacing
@Component("recordFindingsListener")
class RecordFindingsListener implements TaskListener {

    private final Handling handling;

    RecordFindingsListener(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        String findings = TaskInput.required(task, Vars.FINDINGS, 4000);
        RootCause rootCause = TaskInput.requiredEnum(task, Vars.ROOT_CAUSE, RootCause.class);
        handling.findings(task.getExecution().getProcessBusinessKey(), findings, rootCause, Boolean.TRUE.equals(Vars.COMPLEX.get(task)));
    }
}
