package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 保护回访 Protection follow-up (ISO 37002): the retaliation risk found and what was done ({@link Protection}). */
@ModelFacing
@Component("wbProtectionCheckListener")
class ProtectionCheckListener implements TaskListener {

    private final Protection protection;

    ProtectionCheckListener(Protection protection) {
        this.protection = protection;
    }

    @Override
    public void notify(DelegateTask task) {
        RetaliationRisk risk = WbInput.requiredEnum(task, Vars.RETALIATION_RISK, RetaliationRisk.class);
        String note = WbInput.required(task, Vars.PROTECTION_NOTE, 2000);
        protection.checked(task.getExecution().getProcessBusinessKey(), risk, note);
    }
}
