package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 保护回访 Protection follow-up (ISO 37002): the retaliation risk found and what was done. */
@ModelFacing
@Component("wbProtectionCheckListener")
class ProtectionCheckListener implements TaskListener {

    private final CaseEventLog events;

    ProtectionCheckListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        RetaliationRisk risk = TaskInput.requiredEnum(task, Vars.RETALIATION_RISK, RetaliationRisk.class);
        String note = TaskInput.required(task, Vars.PROTECTION_NOTE, 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.PROTECTION_CHECK,
                "打击报复风险 " + risk + "：" + note);
    }
}
