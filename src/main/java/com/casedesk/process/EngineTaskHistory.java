package com.casedesk.process;

import java.util.Collections;

/**
 * SELECTs over the engine's user-task history for code that reads a database without an engine (the what-if
 * staffing fit reads a production database's history from a JVM of its own): completed tasks, their claims,
 * candidate groups and the form values they submitted. Like {@link EngineTables}, this is where those table
 * and column names are spelled, to be checked on an engine upgrade. Every statement's first two parameters
 * are the window {@code [from, to)} on the task's completion, as {@code java.sql.Timestamp}s: the history
 * tables hold timestamps without zone, written in the service JVM's zone. Nothing here writes.
 */
public final class EngineTaskHistory {

    private static final String COMPLETED_IN_WINDOW = " t.END_TIME_ >= ? and t.END_TIME_ < ? and t.DELETE_REASON_ = 'completed'";

    private EngineTaskHistory() {
    }

    /**
     * Completed tasks whose process instance's business key satisfies {@code businessKeyCondition} (an SQL
     * condition on the column {@code p.BUSINESS_KEY_}, e.g. an {@code exists} on the ledger): columns
     * {@code task_id, task_key, assignee, created, completed, business_key}, in completion order.
     */
    public static String completedTasks(String businessKeyCondition) {
        return "select t.ID_ as task_id, t.TASK_DEF_KEY_ as task_key, t.ASSIGNEE_ as assignee,"
                + " t.START_TIME_ as created, t.END_TIME_ as completed, p.BUSINESS_KEY_ as business_key"
                + " from ACT_HI_TASKINST t join ACT_HI_PROCINST p on p.ID_ = t.PROC_INST_ID_"
                + " where" + COMPLETED_IN_WINDOW + " and " + businessKeyCondition
                + " order by t.END_TIME_, t.ID_";
    }

    /**
     * Claims (and unclaims: no assignee) of tasks completed in the window as the user operation log keeps
     * them — only those made by a logged-in user, as in Tasklist: columns {@code task_id, assignee, claimed},
     * oldest first.
     */
    public static String claims() {
        return "select o.TASK_ID_ as task_id, o.NEW_VALUE_ as assignee, o.TIMESTAMP_ as claimed"
                + " from ACT_HI_OP_LOG o join ACT_HI_TASKINST t on t.ID_ = o.TASK_ID_"
                + " where" + COMPLETED_IN_WINDOW + " and o.OPERATION_TYPE_ = 'Claim' and o.PROPERTY_ = 'assignee'"
                + " order by o.TIMESTAMP_";
    }

    /** The candidate groups tasks completed in the window were offered to: columns {@code task_id, group_id}. */
    public static String candidateGroups() {
        return "select l.TASK_ID_ as task_id, l.GROUP_ID_ as group_id"
                + " from ACT_HI_IDENTITYLINK l join ACT_HI_TASKINST t on t.ID_ = l.TASK_ID_"
                + " where" + COMPLETED_IN_WINDOW
                + " and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null and l.OPERATION_TYPE_ = 'add'";
    }

    /**
     * The updates of {@code nameCount} variables (the next parameters) made while a task completed in the
     * window was open — a form's values are set on the task's execution and recorded under the task's
     * activity instance: columns {@code task_id, name, type, text, long_value, double_value}, oldest first
     * (the last of a name is what the task left). {@code type} is the engine's value type name
     * ({@code string}, {@code boolean}, {@code integer}, {@code long}, {@code double}, ...).
     */
    public static String submittedValues(int nameCount) {
        return "select t.ID_ as task_id, d.NAME_ as name, d.VAR_TYPE_ as type, d.TEXT_ as text,"
                + " d.LONG_ as long_value, d.DOUBLE_ as double_value"
                + " from ACT_HI_DETAIL d join ACT_HI_TASKINST t on t.ACT_INST_ID_ = d.ACT_INST_ID_"
                + " where" + COMPLETED_IN_WINDOW + " and d.TYPE_ = 'VariableUpdate'"
                + " and d.NAME_ in (" + String.join(", ", Collections.nCopies(Math.max(nameCount, 1), "?")) + ")"
                + " order by d.TIME_, d.SEQUENCE_COUNTER_";
    }
}
