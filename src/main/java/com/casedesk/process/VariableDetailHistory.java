package com.casedesk.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInvocationContext;
import org.springframework.stereotype.Component;

/**
 * Lean intake (issue 20): the engine's history keeps a variable-update detail ({@code ACT_HI_DETAIL}) only for
 * a variable a command from outside wrote — a task completed or its form submitted, a variable set through the
 * API, a message correlated — and not for those the service writes while it starts a process or runs a job.
 *
 * <p>Why: at history level {@code full} every variable written gets three rows, the runtime variable, its
 * history instance ({@code ACT_HI_VARINST}) and one detail per write. A start variable's detail repeats the
 * history instance's value to the millisecond, and what a delegate or timer changes later is the ledger's own
 * event ({@code case_event}), which says why; together they were a third of an intake's rows. The details
 * that say something no other record does — the values a person's task form left, which the what-if staffing
 * fit reads ({@link EngineTaskHistory#submittedValues}) — are all written by commands from outside and kept.
 * Everything else about history stays as the {@code full} level has it: the history level itself is not
 * changed (a database keeps its level, and a custom one would not match an existing database).
 *
 * <p>The rule looks at the innermost command: a process the service starts from a task listener while a person
 * completes a task is the service's own writing, the values of the completion are the person's.
 */
@Component
class VariableDetailHistory extends AbstractProcessEnginePlugin {

    /** Commands whose variable writes are the service's own: process starts and job executions. */
    private static final Set<Class<?>> SERVICE_WRITES = Set.of(StartProcessInstanceCmd.class,
            StartProcessInstanceAtActivitiesCmd.class, ExecuteJobsCmd.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's own database handler, with one rule changed, in place of the default one
        List<HistoryEventHandler> handlers = new ArrayList<>(
                Optional.ofNullable(configuration.getCustomHistoryEventHandlers()).orElse(List.of()));
        handlers.add(0, new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** Whether the running command is one whose variable writes are the service's own. */
    static boolean serviceWrite() {
        CommandInvocationContext invocation = Context.getCommandInvocationContext();
        return invocation != null && invocation.getCommand() != null
                && SERVICE_WRITES.contains(invocation.getCommand().getClass());
    }

    static final class Handler extends DbHistoryEventHandler {

        @Override
        protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
            return super.shouldWriteHistoricDetail(event) && !serviceWrite();
        }
    }
}
