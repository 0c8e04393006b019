package com.casedesk.complaint.clock;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.card.ComplaintTaskCards;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Carries a changed reply deadline into the running case: the {@code replyDueBy} variable, the due
 * date of open handling tasks, the Tasklist cards of the case's open tasks, and the reminder and deadline timers. While the clock is paused the
 * timers are suspended, so nothing escalates on a deadline that is no longer running.
 */
@Component
class DeadlinePropagation {

    private static final java.util.List<String> TASKS_DUE_AT_REPLY =
            java.util.List.of(Elements.FRONTLINE_RESOLVE, Elements.ORGANISE, Elements.DECIDE, Elements.APPROVE_COMPENSATION);

    private static final int STATUTE_WATCHED_FROM = 7;

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final ComplaintClock clock;
    private final RepositoryService repositoryService;
    private final ComplaintTaskCards cards;

    DeadlinePropagation(RuntimeService runtimeService, TaskService taskService, ManagementService managementService,
                        ComplaintClock clock, RepositoryService repositoryService, ComplaintTaskCards cards) {
        this.cards = cards;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.clock = clock;
    }

    void propagate(Complaint complaint) {
        propagate(complaint, true);
    }

    /**
     * @param includeInvestigation false while the investigation task itself is completing: its due date
     *                             and timer are about to go, and touching them would conflict
     */
    void propagate(Complaint complaint, boolean includeInvestigation) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(complaint.getCaseNumber())
                .singleResult();
        // the cards of every open task of the case (extension, review, letters too), handling running or not
        cards.refresh(complaint);
        if (instance == null) {
            return;
        }
        Date due = Date.from(complaint.getReplyDueBy());
        Vars.REPLY_DUE_BY.set(runtimeService, instance.getId(), due);
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKeyIn(TASKS_DUE_AT_REPLY.toArray(String[]::new)).list()) {
            task.setDueDate(due);
            taskService.saveTask(task);
        }
        retime(instance.getId(), Elements.DEADLINE_TIMER, due, complaint.isPaused());
        boolean watchesStatute = watchesStatute(instance);
        // each model version keeps its own reminder rule: a calendar offset up to version 6, working days after
        retime(instance.getId(), Elements.REMINDER_TIMER,
                watchesStatute ? clock.workingDayReminderDue(due) : clock.reminderDue(due), complaint.isPaused());
        if (watchesStatute) {
            Date statutory = Date.from(complaint.getStatutoryDueBy());
            retime(instance.getId(), Elements.STATUTORY_DEADLINE_TIMER, statutory, complaint.isPaused());
            retime(instance.getId(), Elements.STATUTORY_REMINDER_TIMER, clock.workingDayReminderDue(statutory),
                    complaint.isPaused());
        }
        if (!includeInvestigation) {
            return;
        }
        // the investigation has its own, earlier deadline, which never passes the reply deadline
        Instant investigation = complaint.getInvestigationDueBy() == null
                || complaint.getInvestigationDueBy().isAfter(complaint.getReplyDueBy())
                ? complaint.getReplyDueBy() : complaint.getInvestigationDueBy();
        for (Task task : taskService.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(Elements.INVESTIGATE).list()) {
            task.setDueDate(Date.from(investigation));
            taskService.saveTask(task);
        }
        retime(instance.getId(), Elements.INVESTIGATION_TIMER, Date.from(investigation), complaint.isPaused());
    }

    /** Version 7 on: the model watches the statutory date beside the reply date, reminders in working days. */
    private boolean watchesStatute(ProcessInstance instance) {
        String tag = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getVersionTag();
        return tag != null && tag.matches("\\d+") && Integer.parseInt(tag) >= STATUTE_WATCHED_FROM;
    }

    private void retime(String processInstanceId, String timerId, Date due, boolean paused) {
        for (Job job : managementService.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).list()) {
            managementService.setJobDuedate(job.getId(), due);
            // change the suspension state only when it must change: a second update of the same job in
            // one command would fail on the job's revision
            if (paused && !job.isSuspended()) {
                managementService.updateJobSuspensionState().byJobId(job.getId()).suspend();
            } else if (!paused && job.isSuspended()) {
                managementService.updateJobSuspensionState().byJobId(job.getId()).activate();
            }
        }
    }
}
