package com.casedesk.complaint;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;

/** Who holds a complaint after one of its tasks is created or assigned, as a plain function. */
final class CurrentOwner {

    /** An escalation or a progress report runs beside the handling; the handler stays the owner. */
    private static final Set<String> BESIDE_HANDLING =
            Set.of(ComplaintProcess.Elements.SUPERVISE, ComplaintProcess.Elements.REPORT_PROGRESS);

    private CurrentOwner() {
    }

    /**
     * The assignee, or on creation without one the first candidate group; null (the owner stays) for a
     * task beside the handling or when nobody holds the task. Candidate groups are read only when needed.
     */
    static String after(String taskDefinitionKey, String eventName, String assignee,
                        Supplier<List<String>> candidateGroups) {
        if (BESIDE_HANDLING.contains(taskDefinitionKey)) {
            return null;
        }
        if (assignee == null && TaskListener.EVENTNAME_CREATE.equals(eventName)) {
            return candidateGroups.get().stream().findFirst().orElse(null);
        }
        return assignee;
    }
}
