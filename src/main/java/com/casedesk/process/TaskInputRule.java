package com.casedesk.process;

import java.util.Map;

/**
 * A case domain's check of what a person submits to complete a task, asked before the command runs
 * ({@link TaskInputGuard}) so that bad input is answered as a 400 naming the field on both engine REST
 * APIs. A task listener's exception cannot do that: the engine wraps whatever a listener throws, and
 * the REST API answers the wrapper with a 500. The listener still checks the same for the service's
 * own calls.
 */
public interface TaskInputRule {

    /**
     * @param task      the task as it is before the command
     * @param submitted the variables the person submits (plain values)
     * @throws TaskInputRefused naming the first field that is wrong
     */
    void check(TaskAction.TaskFacts task, Map<String, Object> submitted);
}
