package com.casedesk.process;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Tasklist cards (issue 17): every user task of every model gets its case's display values
 * ({@link TaskCard}) as task-local variables when it is created — one built-in listener the engine adds
 * while it parses a model, so no model has to ask for it and a process owner's model cannot leave it
 * out — and {@link #refresh} carries a changed level or deadline to the case's open tasks when it
 * changes (no periodic job). The card variables belong to the service: no person can write them
 * through any task command ({@link TaskVariableGuard}, {@link TaskCardOwnership}).
 */
@Component
public class TaskCards extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskCardSource> sources;
    private final TaskService taskService;

    TaskCards(ObjectProvider<TaskCardSource> sources, @Lazy TaskService taskService) {
        this.sources = sources;
        this.taskService = taskService;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        // a lambda, not a listener class: this is the engine seam's own mechanism, not a model's delegate
        TaskListener onCreate = this::cardOnCreate;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
                }
            }
        });
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private void cardOnCreate(DelegateTask task) {
        String processKey = task.getProcessDefinitionId() == null ? null : task.getProcessDefinitionId().split(":", 2)[0];
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        cardFor(processKey, businessKey, task.getDueDate()).ifPresent(card -> {
            TaskCard.Vars.CASE_NUMBER.setLocal(task, card.caseNumber());
            TaskCard.Vars.LEVEL.setLocal(task, card.level());
            TaskCard.Vars.CATEGORY.setLocal(task, card.category());
            TaskCard.Vars.REPLY_DUE.setLocal(task, card.replyDue());
            task.setPriority(card.priority());
            card.readers().forEach(group -> letRead(task.getId(), group));
        });
    }

    /**
     * READ_VARIABLE on this one task for a group that follows such cases: adds to the grant the engine
     * made for a candidate group in this command, or makes one. The task is new, so its grants are all
     * in this command's cache; the engine deletes them with the task, and a person's recusal (a user
     * REVOKE, {@link TaskHiding}) outranks them.
     */
    private static void letRead(String taskId, String group) {
        CommandContext context = Context.getCommandContext();
        AuthorizationEntity grant = context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .filter(a -> a.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT && group.equals(a.getGroupId())
                        && a.getResourceType() == Resources.TASK.resourceType() && taskId.equals(a.getResourceId()))
                .findFirst().orElse(null);
        if (grant == null) {
            grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(group);
            grant.setResource(Resources.TASK);
            grant.setResourceId(taskId);
            grant.addPermission(TaskPermissions.READ_VARIABLE);
            context.getAuthorizationManager().insert(grant);
        } else {
            grant.addPermission(TaskPermissions.READ_VARIABLE);
        }
    }

    Optional<TaskCard> cardFor(String processKey, String businessKey, Date due) {
        return sources.orderedStream().map(source -> source.cardFor(processKey, businessKey, due))
                .flatMap(Optional::stream).findFirst();
    }

    /**
     * Puts the case's current card on its open tasks, in every process of the case: those of the
     * processes with {@code caseNumber} as business key whose card names it. A task ending in the same command (the approval that moved the deadline,
     * the task a regrade interrupts) is left alone. Only the display values change; each task keeps
     * its own due date.
     */
    public void refresh(String caseNumber, TaskCard card) {
        // every process of a case runs under its number as business key (indexed); the card names it too
        for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskVariableValueEquals(TaskCard.Vars.CASE_NUMBER.name(), caseNumber).list()) {
            if (task instanceof TaskEntity entity && entity.isDeleted()) {
                continue;
            }
            TaskCard.Vars.LEVEL.setLocal(taskService, task.getId(), card.level());
            TaskCard.Vars.CATEGORY.setLocal(taskService, task.getId(), card.category());
            TaskCard.Vars.REPLY_DUE.setLocal(taskService, task.getId(), card.replyDue());
            if (task.getPriority() != card.priority()) {
                taskService.setPriority(task.getId(), card.priority());
            }
        }
    }
}
