package com.casedesk.notification;

import com.casedesk.casefile.CaseNumbers;
import com.casedesk.notification.NoticeStaffAlertProcess.Vars;
import com.casedesk.notification.template.NoticeTemplate;
import com.casedesk.notification.template.NoticeTemplates;
import com.casedesk.process.AsEngine;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Escalation and exception tasks alert their people: a user task whose model carries the extension
 * property {@code staffAlert=true} (set in Modeler, no Java) starts {@code notice-staff-alert} when it is
 * created, and that process's job sends an INTERNAL notice ({@link NoticePurpose#ESCALATION}) to the
 * task's first candidate group, else its assignee; the staff alert channel e-mails whoever holds the
 * task or the group's members, with the link to the task. The sending runs only in the job: the
 * transaction that created the task never fails for an e-mail's sake (a channel that is down is
 * retried, then an incident). A task completed or cancelled before the job runs is told to nobody.
 * A whistleblowing report's alert says only that a task waits, and its instance has no business key.
 */
@Service
public class StaffAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(StaffAlerts.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final Notifications notifications;
    private final NoticeTemplates templates;
    private final List<ConfidentialCases> confidential;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ZoneId zone;

    StaffAlerts(Notifications notifications, NoticeTemplates templates, List<ConfidentialCases> confidential,
                RuntimeService runtime, TaskService tasks, IdentityService identity,
                @Value("${casedesk.complaint.zone}") ZoneId zone) {
        this.notifications = notifications;
        this.templates = templates;
        this.confidential = List.copyOf(confidential);
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.zone = zone;
    }

    /**
     * A marked task was created (the starter's task events, inside the engine's transaction): the
     * alert process starts as the service's own step, whoever's action created the task. A task of a
     * process without a case (no business key) has nobody to link it to: no alert, a warning.
     */
    @EventListener
    public void onTaskEvent(DelegateTask task) {
        if (!TaskListener.EVENTNAME_CREATE.equals(task.getEventName()) || !marked(task)) {
            return;
        }
        String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            LOG.warn("task {} ({}) is marked {} but its process has no case (business key): no alert",
                    task.getId(), task.getTaskDefinitionKey(), NoticeStaffAlertProcess.PROPERTY);
            return;
        }
        var start = runtime.createProcessInstanceByKey(NoticeStaffAlertProcess.KEY)
                .setVariables(Variables.createVariables().putValue(Vars.TASK_ID.name(), task.getId()));
        // whoever reads the alert model's instances must not learn which reports exist
        if (!isConfidential(caseNumber)) {
            start.businessKey(caseNumber);
        }
        AsEngine.call(identity, start::execute);
    }

    /** Whether the task's model element carries {@code staffAlert=true}. */
    static boolean marked(DelegateTask task) {
        FlowElement element = task.getBpmnModelElementInstance();
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return false;
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> NoticeStaffAlertProcess.PROPERTY.equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .anyMatch(v -> v != null && "true".equalsIgnoreCase(v.strip()));
    }

    /** The job: tells the task's people that it waits; nothing when the task is gone. */
    public void alert(String taskId) {
        AsEngine.call(identity, () -> {
            send(taskId);
            return null;
        });
    }

    private void send(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            LOG.info("staff alert for task {}: the task is no longer open, nobody to tell", taskId);
            return;
        }
        ProcessInstance instance = task.getProcessInstanceId() == null ? null : runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        String caseNumber = instance == null ? null : instance.getBusinessKey();
        if (caseNumber == null) {
            throw new IllegalStateException("staff alert for task " + taskId + ": its process has no case number");
        }
        NoticeText text = isConfidential(caseNumber)
                ? templates.render(NoticeTemplate.WB_ESCALATION, NotificationChannel.INTERNAL, Map.of())
                : templates.render(NoticeTemplate.ESCALATION, NotificationChannel.INTERNAL, model(caseNumber, task));
        notifications.send(caseNumber, NoticePurpose.ESCALATION, NotificationChannel.INTERNAL, recipient(task), text, null);
    }

    /** The task's first candidate group (as the model names them), else whoever holds it. */
    private String recipient(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .or(() -> java.util.Optional.ofNullable(task.getAssignee()))
                .orElseThrow(() -> new IllegalStateException("staff alert for task " + task.getId() + " ("
                        + task.getTaskDefinitionKey() + "): it has no candidate group and no assignee to tell"));
    }

    /** Case number, task name and due date: nothing of the complainant. */
    private Map<String, Object> model(String caseNumber, Task task) {
        Map<String, Object> model = new HashMap<>();
        model.put("caseNumber", caseNumber);
        model.put("taskName", Objects.requireNonNullElse(task.getName(), task.getTaskDefinitionKey()));
        model.put("taskDueAt", task.getDueDate() == null ? null : DUE.format(task.getDueDate().toInstant().atZone(zone)));
        return model;
    }

    private boolean isConfidential(String caseNumber) {
        return CaseNumbers.isReport(caseNumber) || confidential.stream().anyMatch(c -> c.isConfidential(caseNumber));
    }
}
