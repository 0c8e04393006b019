package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.OverdueEscalations.Overdue;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 受理逾期督办 / 反馈逾期督办: the breach recorded when the escalation opens, the committee's measures
 * when it completes ({@link OverdueEscalations}). The task's definition says what is overdue.
 */
@ModelFacing
@Component("wbOverdueEscalationListener")
class OverdueEscalationListener implements TaskListener {

    private final OverdueEscalations escalations;

    OverdueEscalationListener(OverdueEscalations escalations) {
        this.escalations = escalations;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportNumber = task.getExecution().getProcessBusinessKey();
        boolean acceptance = Elements.ESCALATE_ASSESSMENT.equals(task.getTaskDefinitionKey());
        Overdue what = acceptance ? Overdue.ACCEPTANCE : Overdue.FEEDBACK;
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            escalations.opened(reportNumber, what,
                    acceptance ? Vars.ASSESSMENT_DUE_BY.require(task) : Vars.OPINION_DUE_BY.require(task));
        } else {
            escalations.handled(reportNumber, what, WbInput.required(task, Vars.ESCALATION_NOTE, 2000));
        }
    }
}
