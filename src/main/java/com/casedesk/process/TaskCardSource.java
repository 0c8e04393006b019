package com.casedesk.process;

import java.util.Date;
import java.util.Optional;

/**
 * A capability's answer to "what does the Tasklist card of this task show?" (complaints, whistleblowing).
 * Asked by {@link TaskCards} when a user task is created, for every process; a capability answers only
 * for its own cases, with values safe to show to whoever works on the task.
 */
public interface TaskCardSource {

    /**
     * @param processDefinitionKey the task's process
     * @param businessKey          the process instance's business key (the case or report number), may be null
     * @param taskDue              the task's due date, may be null
     */
    Optional<TaskCard> cardFor(String processDefinitionKey, String businessKey, Date taskDue);
}
