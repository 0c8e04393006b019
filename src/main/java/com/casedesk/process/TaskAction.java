package com.casedesk.process;

import java.util.function.Function;

/**
 * What an engine command is about to do to a task, and who asks.
 *
 * @param kind   what happens to the task
 * @param actor  the logged-in engine user running the command; null for the service itself
 * @param target the user the task is being given to (claim, assignment, delegation, owner,
 *               candidate); null when nobody is
 * @param task   the task as it is before the command
 */
public record TaskAction(Kind kind, String actor, String target, TaskFacts task) {

    public enum Kind {
        /** The target becomes assignee, owner, delegate or candidate of the task. */
        TAKE,
        /** The task is completed: complete, submit-form, resolve, BPMN error or escalation. */
        COMPLETE,
        /** Anything else that names the task: reading it, its variables, form, comments; editing it. */
        OTHER
    }

    /**
     * @param businessKey the business key of the task's process instance: a case or report number
     * @param variables   reads a variable as the task sees it (its own, then its process's)
     */
    public record TaskFacts(String id, String name, String processDefinitionKey, String taskDefinitionKey,
                            String businessKey, String assignee, Function<String, Object> variables) {

        public Object variable(String name) {
            return variables.apply(name);
        }
    }
}
