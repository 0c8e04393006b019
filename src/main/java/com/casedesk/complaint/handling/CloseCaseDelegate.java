package com.casedesk.complaint.handling;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the case in the ledger (结案). */
@ModelFacing
@Component("closeCaseDelegate")
class CloseCaseDelegate implements JavaDelegate {

    private final Handling handling;

    CloseCaseDelegate(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handling.close(execution.getProcessBusinessKey());
    }
}
