package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.TaskInput;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What only whistleblowing task forms need beyond {@link TaskInput}: a number of days, who acts, and
 * the four-eyes rule between investigator and committee.
 */
final class WbInput {

    private WbInput() {
    }

    static int requiredDays(DelegateTask task, String variable, int min, int max) {
        String text = TaskInput.required(task, variable, 8);
        try {
            int days = (int) Double.parseDouble(text);
            if (days < min || days > max) {
                throw new BadUserRequestException(variable + " must be between " + min + " and " + max + " days");
            }
            task.setVariable(variable, days);
            return days;
        } catch (NumberFormatException e) {
            throw new BadUserRequestException(variable + " must be a number of days");
        }
    }

    /** Who acts on the task: the logged-in user, else (a system call) its assignee, else {@link CaseEventLog#SYSTEM}. */
    static String actor(DelegateTask task, CaseEventLog events) {
        String actor = events.currentActor();
        if (CaseEventLog.SYSTEM.equals(actor) && task.getAssignee() != null) {
            return task.getAssignee();
        }
        return actor;
    }

    /** Four-eyes: whoever asked, or investigated, may not approve or decide. */
    static void fourEyes(DelegateTask task, String actor, String barred, String role) {
        if (actor != null && !CaseEventLog.SYSTEM.equals(actor) && actor.equals(barred)) {
            throw new BadUserRequestException("四眼原则 (four-eyes): " + actor + " is the " + role
                    + " and cannot also act on '" + task.getName() + "'");
        }
    }
}
