package com.casedesk.casefile;

import com.casedesk.process.ProcessVariable;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRefused;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text a task's form requires, checked before a person's complete or submit-form runs (from a
 * {@code TaskInputRule}) by the same rule the listener applies with {@link TaskInput#required}: so the
 * person meets a 400 naming the field, in Chinese and English, instead of the engine's 500 around the
 * listener's exception. The listener keeps its check for the service's own calls. A {@link Choice}
 * (select, radio, yes/no) must be one of its form's values. A field the form shows on one branch only
 * ({@link When}) is required on that branch only.
 */
public final class RequiredInputs {

    /** What a form requires of one of its fields. */
    public sealed interface Input permits Field, Choice {
        ProcessVariable<?> variable();

        /** The field's label as the form shows it, Chinese with English. */
        String label();

        /** When the field is required at all: null for always, else on one branch of the form. */
        When when();
    }

    /**
     * The branch of a form on which a field is shown and required: {@code variable} (submitted, else the
     * task's) is {@code value} — as the form hides the field with {@code =variable != "value"}.
     */
    public record When(ProcessVariable<?> variable, String value) {

        boolean holds(TaskFacts task, Map<String, Object> submitted) {
            String name = variable.name();
            Object current = submitted.containsKey(name) ? submitted.get(name) : task.variable(name);
            return current != null && value.equals(current.toString());
        }
    }

    /** A required text field, at most {@code maxLength} characters. */
    public record Field(ProcessVariable<?> variable, String label, int maxLength, When when) implements Input {

        public Field(ProcessVariable<?> variable, String label, int maxLength) {
            this(variable, label, maxLength, null);
        }

        /** Required only when {@code on} is {@code value} (a field the form shows on that branch only). */
        public Field requiredWhen(ProcessVariable<?> on, String value) {
            return new Field(variable, label, maxLength, new When(on, value));
        }
    }

    /**
     * A select or radio field whose value must be one of {@code allowed}; with {@code required} false it may
     * be left out (an answer the listener treats as absent), but not set to anything else.
     */
    public record Choice(ProcessVariable<?> variable, String label, Set<String> allowed, boolean required, When when)
            implements Input {

        public Choice(ProcessVariable<?> variable, String label, Set<String> allowed, boolean required) {
            this(variable, label, allowed, required, null);
        }

        /** A required choice among an enum's names. */
        public static Choice of(ProcessVariable<?> variable, String label, Class<? extends Enum<?>> values) {
            return new Choice(variable, label, Arrays.stream(values.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.toUnmodifiableSet()), true);
        }

        /** A required yes/no answer: true or false, as the radio buttons or the REST API's Boolean send it. */
        public static Choice yesNo(ProcessVariable<?> variable, String label) {
            return new Choice(variable, label, Set.of("true", "false"), true);
        }

        public Choice optional() {
            return new Choice(variable, label, allowed, false, when);
        }

        /** Required only when {@code on} is {@code value} (a choice the form shows on that branch only). */
        public Choice requiredWhen(ProcessVariable<?> on, String value) {
            return new Choice(variable, label, allowed, required, new When(on, value));
        }
    }

    private RequiredInputs() {
    }

    /**
     * Refuses the first field left empty or too long. A field the person does not submit counts with
     * the value the task already has, as the listener reads it.
     */
    public static void check(TaskFacts task, Map<String, Object> submitted, Input... inputs) {
        for (Input input : inputs) {
            if (input.when() != null && !input.when().holds(task, submitted)) {
                continue; // the form hides it on this branch, and the listener does not read it
            }
            String name = input.variable().name();
            Object value = submitted.containsKey(name) ? submitted.get(name) : task.variable(name);
            if (input instanceof Choice choice) {
                checkChoice(choice, value);
                continue;
            }
            Field field = (Field) input;
            String text = value == null ? "" : value.toString().strip();
            if (text.isEmpty()) {
                throw new TaskInputRefused(name, "必填项 Required field: 「" + field.label() + "」不能为空 must not be empty"
                        + " to complete '" + task.name() + "'");
            }
            if (text.length() > field.maxLength()) {
                throw new TaskInputRefused(name, "长度限制 Length limit: 「" + field.label() + "」最多" + field.maxLength()
                        + "字 must be at most " + field.maxLength() + " characters");
            }
        }
    }

    /** The listeners read a choice exactly (no trimming), so anything but an allowed value is refused. */
    private static void checkChoice(Choice choice, Object value) {
        boolean absent = value == null || value.toString().isBlank();
        if (absent ? choice.required() : !choice.allowed().contains(value.toString())) {
            String allowed = choice.allowed().stream().sorted().collect(Collectors.joining(", "));
            throw new TaskInputRefused(choice.variable().name(), "必选项 Required choice: 「" + choice.label()
                    + "」必须为 " + allowed + " 之一 must be one of " + allowed);
        }
    }

    /** A row of a case type's table of required fields: {@code processKey/activity} → its fields. */
    public static Map.Entry<String, List<Input>> task(String processKey, String activity, Input... inputs) {
        return Map.entry(processKey + "/" + activity, List.of(inputs));
    }

    /** Checks the fields the table lists for this task, if any. */
    public static void check(Map<String, List<Input>> table, TaskFacts task, Map<String, Object> submitted) {
        List<Input> inputs = table.get(task.processDefinitionKey() + "/" + task.taskDefinitionKey());
        if (inputs != null) {
            check(task, submitted, inputs.toArray(Input[]::new));
        }
    }

    /** True when the task is {@code activity} of process {@code processKey}. */
    public static boolean is(TaskFacts task, String processKey, String activity) {
        return processKey.equals(task.processDefinitionKey()) && activity.equals(task.taskDefinitionKey());
    }
}
