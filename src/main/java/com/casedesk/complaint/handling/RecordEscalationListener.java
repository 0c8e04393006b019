package com.casedesk.complaint.handling;

import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The reply deadline passed without a decision: the escalation is counted and logged. */
@ModelFacing
@Component("recordEscalationListener")
class RecordEscalationListener implements TaskListener {

    private final Handling handling;

    RecordEscalationListener(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        handling.escalated(task.getExecution().getProcessBusinessKey(), Vars.ESCALATION_GROUP.get(task));
    }
}
