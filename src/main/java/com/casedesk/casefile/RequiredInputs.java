package com.casedesk.casefile;

import com.casedesk.process.ProcessVariable;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRefused;
import java.util.List;
import java.util.Map;

/**
 * The text a task's form requires, checked before a person's complete or submit-form runs (from a
 * {@code TaskInputRule}) by the same rule the listener applies with {@link TaskInput#required}: so the
 * person meets a 400 naming the field, in Chinese and English, instead of the engine's 500 around the
 * listener's exception. The listener keeps its check for the service's own calls.
 */
public final class RequiredInputs {

    /**
     * @param label the field's label as the form shows it, Chinese with English
     */
    public record Field(ProcessVariable<?> variable, String label, int maxLength) {
    }

    private RequiredInputs() {
    }

    /**
     * Refuses the first field left empty or too long. A field the person does not submit counts with
     * the value the task already has, as the listener reads it.
     */
    public static void check(TaskFacts task, Map<String, Object> submitted, Field... fields) {
        for (Field field : fields) {
            String name = field.variable().name();
            Object value = submitted.containsKey(name) ? submitted.get(name) : task.variable(name);
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

    /** A row of a case type's table of required fields: {@code processKey/activity} → its fields. */
    public static Map.Entry<String, List<Field>> task(String processKey, String activity, Field... fields) {
        return Map.entry(processKey + "/" + activity, List.of(fields));
    }

    /** Checks the fields the table lists for this task, if any. */
    public static void check(Map<String, List<Field>> table, TaskFacts task, Map<String, Object> submitted) {
        List<Field> fields = table.get(task.processDefinitionKey() + "/" + task.taskDefinitionKey());
        if (fields != null) {
            check(task, submitted, fields.toArray(Field[]::new));
        }
    }

    /** True when the task is {@code activity} of process {@code processKey}. */
    public static boolean is(TaskFacts task, String processKey, String activity) {
        return processKey.equals(task.processDefinitionKey()) && activity.equals(task.taskDefinitionKey());
    }
}
