package com.casedesk.process;

/**
 * A rule of a case domain about who may do what to a task (回避, four-eyes, independence). The
 * engine seam asks every rule before a task command runs (TaskCommandGuard), on every path: Tasklist,
 * {@code /engine-rest}, the service's own calls. A rule refuses by throwing {@link TaskRuleViolation}.
 */
public interface TaskRule {

    void check(TaskAction action);
}
