package com.casedesk.casefile;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every user task of every case process in the case's event log, so a process owner who
 * adds a task in Modeler gets it audited without touching Java. Task events come from the Camunda
 * Spring Boot starter's eventing bridge ({@code camunda.bpm.eventing.task}) inside the engine's
 * transaction.
 */
@Component
class TaskEventRecorder {

    private final CaseEventLog log;

    TaskEventRecorder(CaseEventLog log) {
        this.log = log;
    }

    @EventListener
    public void onTaskEvent(DelegateTask task) {
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> log.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.TASK_CREATED,
                    task.getName() + " → " + String.join(",", candidateGroups(task)));
            case TaskListener.EVENTNAME_ASSIGNMENT -> log.append(caseNumber, CaseEventType.TASK_ASSIGNED,
                    task.getName() + " → " + (task.getAssignee() == null ? "(unassigned)" : task.getAssignee()));
            case TaskListener.EVENTNAME_COMPLETE -> log.append(caseNumber, CaseEventType.TASK_COMPLETED, task.getName());
            default -> { }
        }
    }

    private static java.util.List<String> candidateGroups(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> link.getGroupId() != null)
                .map(link -> link.getGroupId())
                .toList();
    }
}
