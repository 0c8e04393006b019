package com.casedesk.process;

import com.casedesk.process.TaskAction.TaskFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Adds each case type's display values ({@link TaskFormDisplay}) to the answer of
 * {@code GET task/{id}/form-variables} — the call Tasklist makes to fill a {@code camunda-forms:} form,
 * on {@code /engine-rest} and on the webapp's own engine API alike. The engine's command runs first, with
 * its own permission check (READ_VARIABLE on the task) and the task rules ({@link TaskCommandGuard});
 * only if it answers is anything added, and only for a person (a logged-in caller): the service's own
 * reads get the stored variables only.
 */
@Component
class FormDisplayValues extends AbstractProcessEnginePlugin {

    private final ObjectProvider<TaskFormDisplay> displays;
    private ProcessEngineConfigurationImpl engine;

    FormDisplayValues(ObjectProvider<TaskFormDisplay> displays) {
        this.displays = displays;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.engine = configuration;
        CommandFields.requireDeclared(GetTaskFormVariablesCmd.class, "resourceId", "FormDisplayValues");
        CommandFields.requireDeclared(GetTaskFormVariablesCmd.class, "formVariableNames", "FormDisplayValues");
        List<CommandInterceptor> interceptors = new ArrayList<>(
                Optional.ofNullable(configuration.getCustomPostCommandInterceptorsTxRequired()).orElse(List.of()));
        interceptors.add(new Interceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    private final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command); // the engine's own check first: a refused caller never gets here
            if (command instanceof GetTaskFormVariablesCmd && result instanceof VariableMap variables) {
                addDisplayValues(command, variables);
            }
            return result;
        }
    }

    private void addDisplayValues(Command<?> command, VariableMap variables) {
        Authentication person = engine.getIdentityService().getCurrentAuthentication();
        CommandContext context = Context.getCommandContext();
        if (person == null || person.getUserId() == null || context == null) {
            return;
        }
        String taskId = (String) CommandFields.read(command, "resourceId");
        @SuppressWarnings("unchecked")
        Collection<String> asked = (Collection<String>) CommandFields.read(command, "formVariableNames");
        EngineCaller caller = EngineCaller.current(engine.getProcessEngine()).orElseThrow();
        context.runWithoutAuthorization(() -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null || task.getProcessInstanceId() == null) {
                return null;
            }
            String processKey = task.getProcessDefinition() == null ? null : task.getProcessDefinition().getKey();
            String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
            TaskFacts facts = new TaskFacts(task.getId(), task.getName(), processKey, task.getTaskDefinitionKey(),
                    businessKey, task.getAssignee(), task::getVariable);
            displays.orderedStream().forEach(display -> {
                Set<String> wanted = new LinkedHashSet<>(display.names());
                if (asked != null && !asked.isEmpty()) {
                    wanted.retainAll(asked);
                }
                if (!wanted.isEmpty()) {
                    display.values(facts, caller, Set.copyOf(wanted)).forEach((name, value) -> {
                        if (wanted.contains(name)) {
                            variables.putValueTyped(name, typed(value));
                        }
                    });
                }
            });
            return null;
        });
    }

    private static TypedValue typed(Object value) {
        if (value instanceof Boolean b) {
            return Variables.booleanValue(b);
        }
        if (value instanceof Integer i) {
            return Variables.integerValue(i);
        }
        if (value instanceof Long l) {
            return Variables.longValue(l);
        }
        if (value instanceof Number n) {
            return Variables.doubleValue(n.doubleValue());
        }
        return Variables.stringValue(value == null ? null : value.toString());
    }
}
