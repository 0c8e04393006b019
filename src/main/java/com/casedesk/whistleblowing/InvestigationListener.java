package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 深入调查 Investigation completed: the round's outcome read from the form and handed to {@link Investigation}. */
@ModelFacing
@Component("wbInvestigationListener")
class InvestigationListener implements TaskListener {

    private final Investigation investigation;
    private final CaseEventLog events;

    InvestigationListener(Investigation investigation, CaseEventLog events) {
        this.investigation = investigation;
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportNumber = task.getExecution().getProcessBusinessKey();
        String actor = WbInput.actor(task, events);
        switch (WbInput.requiredEnum(task, Vars.INVESTIGATION_OUTCOME, InvestigationOutcome.class)) {
            case OPINION -> {
                WbInput.required(task, Vars.OPINION, 8000);
                Vars.INVESTIGATOR.set(task, actor);
                investigation.opinionSubmitted(reportNumber);
            }
            case EXTENSION -> {
                investigation.extensionRequested(reportNumber, Vars.REGIME.get(task),
                        Vars.EXTENDED_DAYS.require(task),
                        WbInput.requiredDays(task, Vars.EXTENSION_DAYS), WbInput.required(task, Vars.EXTENSION_REASON, 2000));
                Vars.EXTENSION_REQUESTED_BY.set(task, actor);
            }
            case CONFLICT -> investigation.conflictDeclared(reportNumber, actor, WbInput.required(task, Vars.CONFLICT_NOTE, 2000));
        }
    }
}
