package com.casedesk.process;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.ConditionEvaluationBuilderImpl;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstanceModificationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractInstantiationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * Which variables an engine command would write, and for which task. Camunda's commands keep their
 * arguments in protected fields without getters ({@link CommandFields}); {@link #verifyEngineInternals}
 * runs at engine start and stops the service if an engine upgrade renamed one, rather than letting
 * the check go quiet.
 */
final class VariableWrites {

    /** What a command writes to: the engine checks a different permission for each. */
    enum Target {
        /** Completing a task or reporting an error or escalation on it: the engine's TASK_WORK. */
        TASK_WORK,
        /** A task's (local) variables: the engine's UPDATE_VARIABLE on the task. */
        TASK_VARIABLES,
        /** A process instance's or execution's variables. */
        EXECUTION_VARIABLES,
        /** A message, signal, start, modification or batch: no one entity. */
        NONE
    }

    /** The variables a command writes or deletes, and the task or execution id they go to (null for NONE). */
    record Write(Target target, String id, Set<String> names) {
    }

    private static final List<FieldRef> FIELDS = List.of(
            new FieldRef(CompleteTaskCmd.class, "taskId"), new FieldRef(CompleteTaskCmd.class, "variables"),
            new FieldRef(SubmitTaskFormCmd.class, "taskId"), new FieldRef(SubmitTaskFormCmd.class, "properties"),
            new FieldRef(AbstractVariableCmd.class, "entityId"), new FieldRef(AbstractSetVariableCmd.class, "variables"),
            new FieldRef(AbstractPatchVariablesCmd.class, "entityId"), new FieldRef(AbstractPatchVariablesCmd.class, "variables"),
            new FieldRef(AbstractPatchVariablesCmd.class, "deletions"), new FieldRef(AbstractRemoveVariableCmd.class, "variableNames"),
            new FieldRef(HandleTaskBpmnErrorCmd.class, "taskId"), new FieldRef(HandleTaskBpmnErrorCmd.class, "variables"),
            new FieldRef(HandleTaskEscalationCmd.class, "taskId"), new FieldRef(HandleTaskEscalationCmd.class, "variables"),
            new FieldRef(MessageEventReceivedCmd.class, "processVariables"),
            new FieldRef(MessageEventReceivedCmd.class, "processVariablesLocal"),
            new FieldRef(MessageEventReceivedCmd.class, "processVariablesToTriggeredScope"),
            new FieldRef(SignalCmd.class, "processVariables"),
            new FieldRef(AbstractCorrelateMessageCmd.class, "builder"),
            new FieldRef(CorrelateAllMessageBatchCmd.class, "variables"),
            new FieldRef(SignalEventReceivedCmd.class, "builder"),
            new FieldRef(StartProcessInstanceCmd.class, "instantiationBuilder"),
            new FieldRef(StartProcessInstanceAtActivitiesCmd.class, "instantiationBuilder"),
            new FieldRef(SubmitStartFormCmd.class, "variables"),
            new FieldRef(ModifyProcessInstanceCmd.class, "builder"),
            new FieldRef(ModifyProcessInstanceAsyncCmd.class, "builder"),
            new FieldRef(SetVariablesToProcessInstancesBatchCmd.class, "variables"),
            new FieldRef(EvaluateStartConditionCmd.class, "builder"));

    private VariableWrites() {
    }

    /** Fails the engine's start if an upgrade renamed a field this class reads. */
    static void verifyEngineInternals() {
        FIELDS.forEach(ref -> CommandFields.requireDeclared(ref.owner(), ref.name(), "TaskVariableGuard"));
    }

    static Optional<Write> of(Command<?> command) {
        // the task's own commands: its form decides
        if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
            String map = command instanceof SubmitTaskFormCmd ? "properties" : "variables";
            return Optional.of(new Write(Target.TASK_WORK, (String) read(command, "taskId"), names(read(command, map))));
        }
        if (command instanceof SetTaskVariablesCmd) {
            return Optional.of(new Write(Target.TASK_VARIABLES, (String) read(command, "entityId"), names(read(command, "variables"))));
        }
        if (command instanceof PatchTaskVariablesCmd) {
            return Optional.of(new Write(Target.TASK_VARIABLES, (String) read(command, "entityId"),
                    names(read(command, "variables"), read(command, "deletions"))));
        }
        if (command instanceof RemoveTaskVariablesCmd) {
            return Optional.of(new Write(Target.TASK_VARIABLES, (String) read(command, "entityId"), names(read(command, "variableNames"))));
        }
        // everything else that carries variables is not tied to a task: no person sets any
        if (command instanceof AbstractSetVariableCmd) { // process instance and execution variables
            return Optional.of(new Write(Target.EXECUTION_VARIABLES, (String) read(command, "entityId"),
                    names(read(command, "variables"))));
        }
        if (command instanceof AbstractPatchVariablesCmd) {
            return Optional.of(new Write(Target.EXECUTION_VARIABLES, (String) read(command, "entityId"),
                    names(read(command, "variables"), read(command, "deletions"))));
        }
        if (command instanceof AbstractRemoveVariableCmd) {
            return Optional.of(new Write(Target.EXECUTION_VARIABLES, (String) read(command, "entityId"),
                    names(read(command, "variableNames"))));
        }
        Set<String> names = untied(command);
        return names == null ? Optional.empty() : Optional.of(new Write(Target.NONE, null, names));
    }

    private static Set<String> untied(Command<?> command) {
        if (command instanceof MessageEventReceivedCmd) {
            return names(read(command, "processVariables"), read(command, "processVariablesLocal"),
                    read(command, "processVariablesToTriggeredScope"));
        }
        if (command instanceof SignalCmd) {
            return names(read(command, "processVariables"));
        }
        if (command instanceof AbstractCorrelateMessageCmd) {
            MessageCorrelationBuilderImpl builder = (MessageCorrelationBuilderImpl) read(command, "builder");
            return names(builder.getPayloadProcessInstanceVariables(), builder.getPayloadProcessInstanceVariablesLocal(),
                    builder.getPayloadProcessInstanceVariablesToTriggeredScope());
        }
        if (command instanceof CorrelateAllMessageBatchCmd || command instanceof SubmitStartFormCmd
                || command instanceof SetVariablesToProcessInstancesBatchCmd) {
            return names(read(command, "variables"));
        }
        if (command instanceof SignalEventReceivedCmd) {
            SignalEventReceivedBuilderImpl builder = (SignalEventReceivedBuilderImpl) read(command, "builder");
            return names(builder.getVariables());
        }
        if (command instanceof StartProcessInstanceCmd || command instanceof StartProcessInstanceAtActivitiesCmd) {
            ProcessInstantiationBuilderImpl builder = (ProcessInstantiationBuilderImpl) read(command, "instantiationBuilder");
            Set<String> names = names(builder.getVariables());
            names.addAll(instructionVariables(builder.getModificationBuilder()));
            return names;
        }
        if (command instanceof ModifyProcessInstanceCmd || command instanceof ModifyProcessInstanceAsyncCmd) {
            ProcessInstanceModificationBuilderImpl builder = (ProcessInstanceModificationBuilderImpl) read(command, "builder");
            return instructionVariables(builder);
        }
        if (command instanceof EvaluateStartConditionCmd) {
            ConditionEvaluationBuilderImpl builder = (ConditionEvaluationBuilderImpl) read(command, "builder");
            return names(builder.getVariables());
        }
        return null;
    }

    private static Set<String> instructionVariables(ProcessInstanceModificationBuilderImpl builder) {
        Set<String> names = new LinkedHashSet<>();
        if (builder == null) {
            return names;
        }
        names.addAll(names(builder.getProcessVariables()));
        for (AbstractProcessInstanceModificationCommand instruction : builder.getModificationOperations()) {
            if (instruction instanceof AbstractInstantiationCmd instantiation) {
                names.addAll(names(instantiation.getVariables(), instantiation.getVariablesLocal()));
            }
        }
        return names;
    }

    private static Set<String> names(Object... sources) {
        Set<String> names = new LinkedHashSet<>();
        for (Object source : sources) {
            if (source instanceof Map<?, ?> map) {
                map.keySet().forEach(k -> names.add(String.valueOf(k)));
            } else if (source instanceof Collection<?> collection) {
                collection.forEach(k -> names.add(String.valueOf(k)));
            }
        }
        return names;
    }

    private static Object read(Object command, String name) {
        return CommandFields.required(command, name);
    }

    private record FieldRef(Class<?> owner, String name) {
    }
}
