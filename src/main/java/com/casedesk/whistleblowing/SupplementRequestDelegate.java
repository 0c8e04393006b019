package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 请求补充材料 Request a supplement: the reporter is asked in the mailbox and the assessment clock pauses. */
@ModelFacing
@Component("wbSupplementRequestDelegate")
class SupplementRequestDelegate implements JavaDelegate {

    private final Supplements supplements;

    SupplementRequestDelegate(Supplements supplements) {
        this.supplements = supplements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.SUPPLEMENT_REQUESTED_AT.set(execution,
                supplements.request(execution.getProcessBusinessKey(), Vars.SUPPLEMENT_REQUEST.get(execution)));
    }
}
