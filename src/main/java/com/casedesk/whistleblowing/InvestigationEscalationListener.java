package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 逾期督办 Overdue investigation: the committee records what it did; the investigation stays open. */
@ModelFacing
@Component("wbInvestigationEscalationListener")
class InvestigationEscalationListener implements TaskListener {

    private final CaseEventLog events;

    InvestigationEscalationListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = WbInput.required(task, Vars.ESCALATION_NOTE, 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.ESCALATED, "调查意见逾期：" + note);
    }
}
