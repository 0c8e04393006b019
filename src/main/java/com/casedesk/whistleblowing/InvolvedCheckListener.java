package com.casedesk.whistleblowing;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 独立分派 Independent assignment: nobody registered as involved in the report (named in it, of the
 * reported unit, or with a declared conflict) may be given any of its tasks. On every user task's
 * assignment event.
 */
@Component("wbInvolvedCheckListener")
class InvolvedCheckListener implements TaskListener {

    private final InvolvedPersons involved;

    InvolvedCheckListener(InvolvedPersons involved) {
        this.involved = involved;
    }

    @Override
    public void notify(DelegateTask task) {
        String assignee = task.getAssignee();
        String reportNumber = task.getExecution().getProcessBusinessKey();
        if (assignee != null && involved.isInvolved(reportNumber, assignee)) {
            throw new BadUserRequestException("独立性 (independence): " + assignee + " is involved in " + reportNumber
                    + " and cannot be given '" + task.getName() + "'");
        }
    }
}
