package com.casedesk.process;

import com.casedesk.process.TaskAction.TaskFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Asks every {@link TaskInputRule}, then every {@link TaskStateRule} (the case's state), before a
 * person's complete or submit-form runs (after {@link TaskVariableGuard} has refused variables the form does not offer). Only for someone the engine
 * lets work on the task: anyone else gets the engine's (or a task rule's) refusal, and learns nothing
 * about the task's input from us.
 */
@Component
class TaskInputGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskInputRule> rules;
    private final ObjectProvider<TaskStateRule> stateRules;
    private ProcessEngineConfigurationImpl engine;

    TaskInputGuard(ObjectProvider<TaskInputRule> rules, ObjectProvider<TaskStateRule> stateRules) {
        this.rules = rules;
        this.stateRules = stateRules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.engine = configuration;
        CommandFields.requireDeclared(CompleteTaskCmd.class, "variables", "TaskInputGuard");
        CommandFields.requireDeclared(SubmitTaskFormCmd.class, "properties", "TaskInputGuard");
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Interceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private final class Interceptor extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() == null
                    && (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd)) {
                Authentication person = engine.getIdentityService().getCurrentAuthentication();
                if (person != null && person.getUserId() != null) {
                    check(command);
                }
            }
            return next.execute(command);
        }
    }

    private void check(Command<?> command) {
        String taskId = (String) CommandFields.read(command, "taskId");
        Object raw = CommandFields.read(command, command instanceof SubmitTaskFormCmd ? "properties" : "variables");
        Map<String, Object> submitted = plain(raw);
        engine.getCommandExecutorTxRequired().execute(context -> {
            TaskFacts task = facts(context, taskId);
            if (task != null) {
                rules.orderedStream().forEach(rule -> rule.check(task, submitted));
                stateRules.orderedStream().forEach(rule -> rule.check(task, submitted));
            }
            return null;
        });
    }

    /** The task, or null when it does not exist or the person may not work on it (the command answers). */
    private static TaskFacts facts(CommandContext context, String taskId) {
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || task.getProcessInstanceId() == null) {
            return null;
        }
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkTaskWork(task);
            }
        } catch (AuthorizationException refused) {
            return null;
        }
        return context.runWithoutAuthorization(() -> {
            String processKey = task.getProcessDefinition() == null ? null : task.getProcessDefinition().getKey();
            String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
            return new TaskFacts(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(), businessKey,
                    task.getAssignee(), task::getVariable);
        });
    }

    private static Map<String, Object> plain(Object raw) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (raw instanceof Map<?, ?> map) {
            map.forEach((name, value) -> values.put(String.valueOf(name),
                    value instanceof TypedValue typed ? typed.getValue() : value));
        }
        return values;
    }
}
