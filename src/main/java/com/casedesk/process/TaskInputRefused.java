package com.casedesk.process;

/**
 * A {@link TaskInputRule} refused a person's input to a task: answered like a refused variable, as a
 * 400 problem naming the field ({@link VariableRefusalMapper}), before anything is written.
 */
public class TaskInputRefused extends VariableNotAllowedException {

    public TaskInputRefused(String field, String message) {
        super(field, field + " " + message);
    }
}
