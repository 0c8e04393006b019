package com.casedesk.complaint.clock;

import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 法定期限提醒: the statutory date is near and the company target has already passed (Art. 18). */
@ModelFacing
@Component("statutoryReminderDelegate")
class StatutoryReminderDelegate implements JavaDelegate {

    private final StatutoryWatch watch;

    StatutoryReminderDelegate(StatutoryWatch watch) {
        this.watch = watch;
    }

    @Override
    public void execute(DelegateExecution execution) {
        watch.remind(execution.getProcessBusinessKey(), Vars.HANDLING_GROUP.get(execution));
    }
}
