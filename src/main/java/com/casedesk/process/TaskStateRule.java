package com.casedesk.process;

import java.util.Map;

/**
 * A case domain's check that the case's state allows what a person submits to complete a task (e.g. an
 * investigation extension when the extensions are used up), asked by {@link TaskInputGuard} after the
 * input rules and before the command: so the refusal is a 409 naming the rule and nothing is written.
 * The listener still checks the same for the service's own calls.
 */
public interface TaskStateRule {

    /**
     * @throws StateRuleViolation naming the rule the case's state breaks
     * @throws TaskInputRefused   naming a field whose value the state does not allow (e.g. more days than left)
     */
    void check(TaskAction.TaskFacts task, Map<String, Object> submitted);
}
