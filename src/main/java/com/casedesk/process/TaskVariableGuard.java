package com.casedesk.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Deadlines, levels, owners and routing facts are written by the service only (issue 13 §3). For
 * every engine command a <em>person</em> issues — someone logged in, as the engine REST API and the
 * webapps set it — the variables the command would write are checked before it runs:
 * <ul>
 *   <li>with a task (complete, submit-form, task variables and local variables, BPMN error and
 *       escalation): only the editable fields of the task's Camunda Form, read from the deployed form
 *       itself, plus what a capability declares for that task ({@link VariableOwnership}); a task
 *       without a Camunda Form takes no variables (Tasklist's generic form would let anyone add any);</li>
 *   <li>without a task (process instance and execution variables, message correlation, signals,
 *       process start and modification, batches): none.</li>
 * </ul>
 * Variables a capability declares as its own and every {@code *DueBy} are refused even if a form
 * asked for them. The service's own code (our {@code /api}, delegates, listeners, the job executor)
 * acts without an authenticated person, and commands nested in another command are the model's
 * doing: both stay free. The engine's own permission check for the command (TASK_WORK, UPDATE_VARIABLE)
 * runs first, so whoever may not touch the task or instance at all still gets the engine's 403. A
 * refusal is a {@link VariableNotAllowedException}, before anything is written.
 */
@Component
class TaskVariableGuard extends AbstractProcessEnginePlugin {

    private final ObjectProvider<VariableOwnership> capabilities;
    /** Editable fields per Camunda Form definition id: a deployed form never changes. */
    private final Map<String, Set<String>> formFields = new ConcurrentHashMap<>();
    private volatile Ownership ownership;
    private ProcessEngineConfigurationImpl engine;

    TaskVariableGuard(ObjectProvider<VariableOwnership> capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        this.engine = configuration;
        VariableWrites.verifyEngineInternals();
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new Interceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private final class Interceptor extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            if (Context.getCommandContext() == null) { // outermost: nested commands are the model's own
                Authentication person = engine.getIdentityService().getCurrentAuthentication();
                if (person != null && person.getUserId() != null) {
                    VariableWrites.of(command).ifPresent(write -> check(write));
                }
            }
            return next.execute(command);
        }
    }

    private void check(VariableWrites.Write write) {
        if (write.names().isEmpty()) {
            return;
        }
        Set<String> allowed;
        try {
            allowed = engine.getCommandExecutorTxRequired().execute(context -> allowedFor(context, write));
        } catch (AuthorizationException refused) {
            // the person may not work on the task or touch the instance at all: the command itself
            // refuses them with the same check, after a task rule (TaskCommandGuard) had its say, so that a
            // barred person hears "回避" rather than a bare permission refusal
            return;
        }
        if (allowed == null) {
            return; // no such task or execution: the engine answers that, in its own words
        }
        Ownership owned = ownership();
        for (String variable : write.names()) {
            if (write.target() == VariableWrites.Target.NONE || write.target() == VariableWrites.Target.EXECUTION_VARIABLES) {
                throw new VariableNotAllowedException(variable, "不允许设置变量 " + variable
                        + "：人员只能通过任务表单提交数据 (staff set variables only through the form of their task)");
            }
            if (owned.isServiceOwned(variable)) {
                throw new VariableNotAllowedException(variable, "不允许设置变量 " + variable
                        + "：期限、等级、负责人和流转只由系统设置 (deadlines, levels, owners and routing are set by the service only)");
            }
            if (!allowed.contains(variable)) {
                throw new VariableNotAllowedException(variable, "不允许设置变量 " + variable
                        + "：该任务的表单没有这个可填写的字段 (not an editable field of this task's form)");
            }
        }
    }

    /**
     * The variables the person may write, or null if the target does not exist. The engine's own
     * permission check for the command comes first, as the person: someone who may not work on the
     * task or touch the instance at all gets the engine's 403 (or a task rule's), as before, and learns
     * nothing from us.
     */
    private Set<String> allowedFor(CommandContext context, VariableWrites.Write write) {
        switch (write.target()) {
            case NONE:
                return Set.of();
            case EXECUTION_VARIABLES: {
                ExecutionEntity execution = context.getExecutionManager().findExecutionById(write.id());
                if (execution == null) {
                    return null;
                }
                context.getProcessEngineConfiguration().getCommandCheckers()
                        .forEach(checker -> checker.checkUpdateProcessInstanceVariables(execution));
                return Set.of();
            }
            default: {
                TaskEntity task = context.getTaskManager().findTaskById(write.id());
                if (task == null) {
                    return null;
                }
                for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                    if (write.target() == VariableWrites.Target.TASK_WORK) {
                        checker.checkTaskWork(task);
                    } else {
                        checker.checkUpdateTaskVariable(task);
                    }
                }
                return context.runWithoutAuthorization(() -> formFieldsOf(context, task));
            }
        }
    }

    /** The task's form fields plus what is declared for the task; read without the person's rights. */
    private Set<String> formFieldsOf(CommandContext context, TaskEntity task) {
        String taskId = task.getId();
        Set<String> allowed = new LinkedHashSet<>(ownership().extraFor(task.getTaskDefinitionKey()));
        TaskFormData form = new GetTaskFormCmd(taskId).execute(context);
        if (form == null || form.getCamundaFormRef() == null) {
            return allowed;
        }
        CamundaFormDefinition definition = new GetCamundaFormDefinitionCmd(form.getCamundaFormRef(),
                form.getDeploymentId()).execute(context);
        if (definition == null) {
            return allowed;
        }
        allowed.addAll(formFields.computeIfAbsent(definition.getId(), id -> {
            try (InputStream json = new GetDeploymentResourceCmd(definition.getDeploymentId(),
                    definition.getResourceName()).execute(context)) {
                return FormFields.editable(json);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
        return allowed;
    }

    private Ownership ownership() {
        Ownership o = ownership;
        if (o == null) {
            o = new Ownership(capabilities.orderedStream().toList());
            ownership = o;
        }
        return o;
    }

    private record Ownership(List<VariableOwnership> capabilities) {

        boolean isServiceOwned(String variable) {
            return variable.endsWith("DueBy")
                    || capabilities.stream().anyMatch(c -> c.serviceOwned().contains(variable));
        }

        Collection<String> extraFor(String taskDefinitionKey) {
            Set<String> extra = new LinkedHashSet<>();
            capabilities.forEach(c -> extra.addAll(c.extraTaskVariables().getOrDefault(taskDefinitionKey, Set.of())));
            return extra;
        }
    }
}
