package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.TaskInput;
import com.casedesk.process.ProcessVariable;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads whistleblowing task forms through the typed declarations ({@link WbProcess.Vars}): the checks of
 * {@link TaskInput} (a 400 rather than a half-recorded case), a number of days, and who acts.
 */
final class WbInput {

    private WbInput() {
    }

    static String required(DelegateTask task, ProcessVariable<String> variable, int maxLength) {
        return TaskInput.required(task, variable, maxLength);
    }

    static String optional(DelegateTask task, ProcessVariable<String> variable, int maxLength) {
        return TaskInput.optional(task, variable, maxLength);
    }

    static <E extends Enum<E>> E requiredEnum(DelegateTask task, ProcessVariable<String> variable, Class<E> type) {
        return TaskInput.requiredEnum(task, variable, type);
    }

    static boolean requiredBoolean(DelegateTask task, ProcessVariable<Boolean> variable) {
        return TaskInput.requiredBoolean(task, variable);
    }

    /** A whole number of days as a form submits it (text or number); stored back as an Integer. */
    static int requiredDays(DelegateTask task, ProcessVariable<Integer> variable) {
        String text = TaskInput.required(task, variable, 8);
        try {
            int days = (int) Double.parseDouble(text);
            variable.set(task, days);
            return days;
        } catch (NumberFormatException e) {
            throw new BadUserRequestException(variable.name() + " must be a number of days");
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
}
