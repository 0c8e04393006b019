package com.casedesk.complaint.handling;

import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Handling ends on the day the withdrawal is received (Art. 15); the ledger records when and why. */
@ModelFacing
@Component("recordWithdrawalDelegate")
class RecordWithdrawalDelegate implements JavaDelegate {

    private final Handling handling;

    RecordWithdrawalDelegate(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handling.withdrawn(execution.getProcessBusinessKey(), Vars.WITHDRAWAL_RECEIVED_AT.get(execution).toInstant(),
                Vars.WITHDRAWAL_REASON.get(execution));
    }
}
