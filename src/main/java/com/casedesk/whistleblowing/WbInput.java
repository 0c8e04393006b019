package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseEventLog;
import java.util.Arrays;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads what a worker entered in a whistleblowing task form. Forms check the same, but a task can be
 * completed through the REST API, so the listeners check again.
 */
final class WbInput {

    private WbInput() {
    }

    static String required(DelegateTask task, String variable, int maxLength) {
        String value = optional(task, variable, maxLength);
        if (value == null || value.isBlank()) {
            throw new BadUserRequestException(variable + " is required to complete '" + task.getName() + "'");
        }
        return value;
    }

    static String optional(DelegateTask task, String variable, int maxLength) {
        Object value = task.getVariable(variable);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw new BadUserRequestException(variable + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    static <E extends Enum<E>> E requiredEnum(DelegateTask task, String variable, Class<E> type) {
        String value = required(task, variable, 64);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException(variable + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    /** Radio buttons submit "true"/"false"; gateways need a Boolean, so it is stored as one. */
    static boolean requiredBoolean(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        String text = value == null ? "" : value.toString().strip();
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new BadUserRequestException(variable + " must be true or false to complete '" + task.getName() + "'");
        }
        boolean flag = "true".equals(text);
        task.setVariable(variable, flag);
        return flag;
    }

    static int requiredDays(DelegateTask task, String variable, int min, int max) {
        String text = required(task, variable, 8);
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
