package com.casedesk.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The safety net behind {@link TaskStateRule}: a case-state refusal a listener throws reaches the caller
 * wrapped by the engine ("ENGINE-03051 … TaskListener"), which the REST API would answer with a 500. Around
 * every command, outside its transaction (already rolled back when the exception arrives here), the
 * wrapper is replaced by the refusal it carries, a {@link StateRuleViolation}: a 409 on the engine REST
 * APIs and on the API alike.
 */
@Component
class StateRefusalUnwrapping extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Interceptor());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** The case-state refusal inside {@code e}, if it carries one. */
    static StateConflict conflictIn(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof StateConflict conflict) {
                return conflict;
            }
        }
        return null;
    }

    private static final class Interceptor extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                StateConflict conflict = conflictIn(e);
                if (conflict == null) {
                    throw e;
                }
                StateRuleViolation refusal = StateRuleViolation.of(conflict);
                if (refusal != conflict) {
                    refusal.initCause(e);
                }
                throw refusal;
            }
        }
    }
}
