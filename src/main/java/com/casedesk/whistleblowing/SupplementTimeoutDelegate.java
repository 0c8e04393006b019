package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 补充逾期 Supplement not received in time: not admitted for lack of specific facts, and the reporter
 * is told so in the mailbox.
 */
@ModelFacing
@Component("wbSupplementTimeoutDelegate")
class SupplementTimeoutDelegate implements JavaDelegate {

    private final Supplements supplements;

    SupplementTimeoutDelegate(Supplements supplements) {
        this.supplements = supplements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AdmissibilityRefusal reason = supplements.timedOut(execution.getProcessBusinessKey());
        Vars.ADMISSIBILITY.set(execution, AdmissibilityOutcome.REFUSED.name());
        Vars.REFUSAL_REASON.set(execution, reason.name());
    }
}
