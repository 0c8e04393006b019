package com.casedesk.whatif;

import com.casedesk.complaint.ComplaintProcess.Vars;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The replay's view of task creation and removal, from the starter's task eventing bridge (the same feed as
 * casefile's event log): a created task is handed to the staff agents; one completed or deleted by the
 * process (an interrupting timer, a withdrawal) is taken off their queues. Only in the {@code whatif} profile,
 * so a serving node never keeps such a list. Events arrive inside the engine's transaction: a task of a
 * transaction that rolls back is seen here but gone when an agent looks it up, and is skipped then.
 */
@Component
@Profile("whatif")
class TaskFeed {

    /** A task as created: what the agents need to queue it without asking the engine again. */
    record Created(String id, String definitionKey, List<String> candidateGroups, String assignee, Instant due,
                   int priority, String caseNumber, String processInstanceId, String department) {
    }

    private final List<Created> created = new ArrayList<>();
    private final List<String> removed = new ArrayList<>();

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> created.add(new Created(task.getId(), task.getTaskDefinitionKey(),
                    task.getCandidates().stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())
                            && l.getGroupId() != null).map(l -> l.getGroupId()).sorted().toList(),
                    task.getAssignee(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getPriority(), task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                    task.getProcessInstanceId(), department(task)));
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> removed.add(task.getId());
            default -> {
                // assignments and updates change nothing in the queues
            }
        }
    }

    /** The complaint's responsible department ("@department" in the staffing file); null where the process has none. */
    private static String department(DelegateTask task) {
        return Vars.RESPONSIBLE_DEPARTMENT.get(task);
    }

    /** The tasks created since the last call, in creation order. */
    List<Created> drainCreated() {
        List<Created> out = List.copyOf(created);
        created.clear();
        return out;
    }

    List<String> drainRemoved() {
        List<String> out = List.copyOf(removed);
        removed.clear();
        return out;
    }
}
