package com.casedesk.process;

import com.casedesk.process.TaskAction.Kind;
import com.casedesk.process.TaskAction.TaskFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link TaskRule} before an engine command touches a task of a process, whichever path
 * the command came by (Tasklist, {@code /engine-rest}, Java). Rules used to live in task listeners,
 * which see only the assignment and completion events: completing without claiming skipped the
 * assignment check, and a listener's exception reaches REST as a 500. Here the rule runs before the
 * command, in its transaction, and refuses with a 403 ({@link TaskRuleViolation}).
 *
 * <p>Which task a command names is read from Camunda's own command fields ({@code taskId}, the
 * {@code task} entity, or {@code entityId} for the task variable commands): every task command of the
 * engine has one, including those a later Camunda version adds, so a new command is checked as
 * "other" rather than let through (TaskCommandGuardTest pins the field names).
 */
@Component
class TaskCommandGuard extends AbstractProcessEnginePlugin {

    /** Commands on a task's variables name the task {@code entityId}, as they share code with executions. */
    static final Set<Class<?>> TASK_VARIABLE_COMMANDS = Set.of(SetTaskVariablesCmd.class, RemoveTaskVariablesCmd.class,
            PatchTaskVariablesCmd.class);

    private final ObjectProvider<TaskRule> rules;

    TaskCommandGuard(ObjectProvider<TaskRule> rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        // after the command context is opened: the rules read the task and the case in its transaction
        List<CommandInterceptor> interceptors = new ArrayList<>(
                Optional.ofNullable(engine.getCustomPostCommandInterceptorsTxRequired()).orElse(List.of()));
        interceptors.add(new Interceptor());
        engine.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (context != null && command.getClass().getName().startsWith("org.camunda.bpm.engine.impl.cmd.")) {
                check(command, context);
            }
            return next.execute(command);
        }
    }

    private void check(Command<?> command, CommandContext context) {
        TaskEntity named = field(command, "task") instanceof TaskEntity entity ? entity : null;
        String taskId = named != null ? named.getId()
                : field(command, TASK_VARIABLE_COMMANDS.contains(command.getClass()) ? "entityId" : "taskId")
                        instanceof String id ? id : null;
        if (taskId == null) {
            return;
        }
        boolean authorizationChecks = context.isAuthorizationCheckEnabled();
        context.disableAuthorizationCheck(); // the rules read the case as the service, not as the user
        try {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getProcessInstanceId() == null) {
                return; // unknown task (the command answers 404) or a standalone task: no case
            }
            TaskAction action = describe(command, task, named, context.getAuthenticatedUserId());
            rules.orderedStream().forEach(rule -> rule.check(action));
        } finally {
            if (authorizationChecks) {
                context.enableAuthorizationCheck();
            }
        }
    }

    private static TaskAction describe(Command<?> command, TaskEntity task, TaskEntity saved, String actor) {
        Kind kind = Kind.OTHER;
        String target = null;
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            kind = Kind.COMPLETE;
        } else if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd
                || command instanceof AbstractAddIdentityLinkCmd) {
            target = (String) field(command, "userId");
        } else if (command instanceof SaveTaskCmd && saved != null) {
            // PUT /task/{id} writes assignee and owner along with the rest
            target = !Objects.equals(saved.getAssignee(), task.getAssignee()) ? saved.getAssignee()
                    : !Objects.equals(saved.getOwner(), task.getOwner()) ? saved.getOwner() : null;
        }
        if (target != null) {
            kind = Kind.TAKE;
        }
        String processKey = task.getProcessDefinition() == null ? null : task.getProcessDefinition().getKey();
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        TaskFacts facts = new TaskFacts(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                businessKey, task.getAssignee(), task::getVariable);
        return new TaskAction(kind, actor, target, facts);
    }

    private static Object field(Object command, String name) {
        return CommandFields.read(command, name);
    }
}
