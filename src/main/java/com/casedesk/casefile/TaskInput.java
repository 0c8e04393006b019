package com.casedesk.casefile;

import com.casedesk.process.ProcessVariable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Reads what a worker entered in a task form, for every case type. Forms enforce the same rules, but a
 * task can also be completed through the REST API, so the listener checks again: a 400 there beats a
 * half-recorded case. A value of the wrong type is the worker's input error here (a 400), not a fault in
 * the model, so the value is read as submitted ({@link ProcessVariable#submitted}) and checked by hand.
 */
public final class TaskInput {

    private TaskInput() {
    }

    public static String required(DelegateTask task, ProcessVariable<?> variable, int maxLength) {
        return required(task, variable.name(), variable.submitted(task), maxLength);
    }

    public static String optional(DelegateTask task, ProcessVariable<?> variable, int maxLength) {
        return optional(variable.name(), variable.submitted(task), maxLength);
    }

    public static <E extends Enum<E>> E requiredEnum(DelegateTask task, ProcessVariable<?> variable, Class<E> type) {
        return toEnum(variable.name(), required(task, variable, 64), type);
    }

    /** Radio buttons submit "true"/"false" strings; gateways need a Boolean, so it is stored as one. */
    public static boolean requiredBoolean(DelegateTask task, ProcessVariable<Boolean> variable) {
        boolean flag = requiredBoolean(task, variable.name(), variable.submitted(task));
        variable.set(task, flag);
        return flag;
    }

    /** A checkbox left alone may submit nothing: that is false. A submitted value is stored as a Boolean. */
    public static boolean optionalBoolean(DelegateTask task, ProcessVariable<Boolean> variable) {
        Object value = variable.submitted(task);
        if (blank(value)) {
            return false;
        }
        boolean flag = toBoolean(variable.name(), value);
        variable.set(task, flag);
        return flag;
    }

    public static BigDecimal optionalAmount(DelegateTask task, ProcessVariable<?> variable) {
        return optionalAmount(variable.name(), variable.submitted(task));
    }

    private static String required(DelegateTask task, String name, Object value, int maxLength) {
        String text = optional(name, value, maxLength);
        if (text == null || text.isBlank()) {
            throw new BadUserRequestException(name + " is required to complete '" + task.getName() + "'");
        }
        return text;
    }

    private static String optional(String name, Object value, int maxLength) {
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            throw new BadUserRequestException(name + " must be at most " + maxLength + " characters");
        }
        return text;
    }

    private static <E extends Enum<E>> E toEnum(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadUserRequestException(name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    /**
     * A form field's value as Tasklist submitted it, before any rule reads it: for readers of form input
     * whose names are not process variables (numbered form rows, radio buttons read with their own rule).
     */
    public static Object raw(DelegateTask task, String variable) {
        return ProcessVariable.of(variable, Object.class).submitted(task);
    }

    /** Stores a form field back once its rule has read it, e.g. a radio button's "true" as a Boolean. */
    public static void store(DelegateTask task, String variable, Object value) {
        ProcessVariable.of(variable, Object.class).set(task, value);
    }

    /** Drops a form field that was only input, e.g. a numbered row once its action is opened. */
    public static void discard(DelegateTask task, String variable) {
        ProcessVariable.of(variable, Object.class).remove(task);
    }

    private static boolean requiredBoolean(DelegateTask task, String name, Object value) {
        if (blank(value)) {
            throw new BadUserRequestException(name + " is required to complete '" + task.getName() + "'");
        }
        return toBoolean(name, value);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }

    private static boolean toBoolean(String name, Object value) {
        String text = value.toString().strip();
        if (!"true".equals(text) && !"false".equals(text)) {
            throw new BadUserRequestException(name + " must be true or false");
        }
        return "true".equals(text);
    }

    private static BigDecimal optionalAmount(String name, Object value) {
        if (blank(value)) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
            if (amount.signum() < 0 || amount.compareTo(new BigDecimal("100000000000")) > 0) {
                throw new BadUserRequestException(name + " must be between 0 and 100000000000");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new BadUserRequestException(name + " must be an amount in CNY");
        }
    }
}
