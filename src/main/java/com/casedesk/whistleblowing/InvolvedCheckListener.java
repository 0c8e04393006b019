package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 独立分派 Independent assignment: nobody registered as involved in the report (named in it, of the
 * reported unit, or with a declared conflict) may be given any of its tasks (assignment event), or
 * even see them (create event: the task is hidden from each of them).
 */
@ModelFacing
@Component("wbInvolvedCheckListener")
class InvolvedCheckListener implements TaskListener {

    private final InvolvedPersons involved;

    InvolvedCheckListener(InvolvedPersons involved) {
        this.involved = involved;
    }

    @Override
    public void notify(DelegateTask task) {
        String reportNumber = task.getExecution().getProcessBusinessKey();
        if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
            involved.hide(task.getId(), involved.users(reportNumber));
            return;
        }
        String assignee = task.getAssignee();
        if (assignee != null && involved.isInvolved(reportNumber, assignee)) {
            throw new BadUserRequestException("独立性 (independence): " + assignee + " is involved in " + reportNumber
                    + " and cannot be given '" + task.getName() + "'");
        }
    }
}
