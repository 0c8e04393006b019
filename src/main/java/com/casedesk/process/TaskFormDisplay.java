package com.casedesk.process;

import com.casedesk.process.TaskAction.TaskFacts;
import java.util.Map;
import java.util.Set;

/**
 * What a case type shows on a task's form beyond the process variables, computed when the form's
 * variables are read ({@code GET task/{id}/form-variables}, what Tasklist asks for a Camunda Form):
 * absolute dates, Chinese labels of codes, a contact masked for the reader, the previous round's outcome.
 * These values are never stored in the engine: they are current at every read, differ per reader, and a
 * personal datum shown this way does not sit in the engine's history beyond anonymization.
 *
 * <p>Asked only after the engine let the caller read the task's variables ({@link FormDisplayValues}).
 * The names an implementation answers with must be shown-only ({@code disabled}) fields of the forms and
 * ones only the service owns ({@link VariableOwnership}), so that no person can write them through a task.
 */
public interface TaskFormDisplay {

    /** The names this case type may add to a task's form variables. */
    Set<String> names();

    /**
     * The display values of the task for this caller, by name; empty when the task is not of this case type.
     * Values are plain strings, numbers or booleans.
     *
     * @param wanted the names the caller asked for (all of {@link #names()} when it asked for every variable):
     *               a value not wanted need not be computed, and a personal datum not wanted must not be
     *               read (nor audited)
     */
    Map<String, Object> values(TaskFacts task, EngineCaller caller, Set<String> wanted);
}
