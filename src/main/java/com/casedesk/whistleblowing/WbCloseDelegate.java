package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 结案 Close: the closing time starts the protection follow-up clock of a real-name reporter ({@link Protection}). */
@ModelFacing
@Component("wbCloseDelegate")
class WbCloseDelegate implements JavaDelegate {

    private final Protection protection;

    WbCloseDelegate(Protection protection) {
        this.protection = protection;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.CLOSED_AT.set(execution, protection.close(execution.getProcessBusinessKey(),
                Boolean.TRUE.equals(Vars.ANONYMOUS.get(execution))));
    }
}
