package com.casedesk.casefile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads what a worker entered in a task form, for every case type. Forms enforce the same rules, but a
 * task can also be completed through the REST API, so the listener checks again: a 400 there beats a
 * half-recorded case.
 */
public final class TaskInput {

    private TaskInput() {
    }

    public static String required(DelegateTask task, String variable, int maxLength) {
        String value = optional(task, variable, maxLength);
        if (value == null || value.isBlank()) {
            throw new BadUserRequestException(variable + " is required to complete '" + task.getName() + "'");
        }
        return value;
    }

    public static String optional(DelegateTask task, String variable, int maxLength) {
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

    public static <E extends Enum<E>> E requiredEnum(DelegateTask task, String variable, Class<E> type) {
        String value = required(task, variable, 64);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException(variable + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * A form field's value as Tasklist submitted it, before any rule reads it: for readers of form input
     * whose names are not process variables (numbered form rows, radio buttons read with their own rule).
     */
    public static Object raw(DelegateTask task, String variable) {
        return task.getVariable(variable);
    }

    /** Stores a form field back once its rule has read it, e.g. a radio button's "true" as a Boolean. */
    public static void store(DelegateTask task, String variable, Object value) {
        task.setVariable(variable, value);
    }

    /** Drops a form field that was only input, e.g. a numbered row once its action is opened. */
    public static void discard(DelegateTask task, String variable) {
        task.removeVariable(variable);
    }

    /** Radio buttons submit "true"/"false" strings; gateways need a Boolean, so it is stored as one. */
    public static boolean requiredBoolean(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw new BadUserRequestException(variable + " is required to complete '" + task.getName() + "'");
        }
        return toBoolean(task, variable, value);
    }

    /** A checkbox left alone may submit nothing: that is false. Stored as a Boolean. */
    public static boolean optionalBoolean(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        return value != null && !value.toString().isBlank() && toBoolean(task, variable, value);
    }

    private static boolean toBoolean(DelegateTask task, String variable, Object value) {
        String text = value.toString().strip();
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new BadUserRequestException(variable + " must be true or false");
        }
        boolean flag = "true".equals(text);
        task.setVariable(variable, flag);
        return flag;
    }

    public static BigDecimal optionalAmount(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal("100000000000")) > 0) {
                throw new BadUserRequestException(variable + " must be between 0 and 100000000000");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new BadUserRequestException(variable + " must be an amount in CNY");
        }
    }
}
