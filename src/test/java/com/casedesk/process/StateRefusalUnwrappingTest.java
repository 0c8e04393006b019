package com.casedesk.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.PostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The safety net: a case-state refusal that a listener threw and the engine wrapped reaches the caller
 * as the refusal itself (a 409 on every API), whatever domain exception carried it; any other engine
 * exception passes unchanged.
 */
@PostgresTest
class StateRefusalUnwrappingTest {

    @Autowired ProcessEngine engine;

    /** A domain's own exception (e.g. complaint's CaseStateConflictException) carrying a state rule. */
    private static final class DomainConflict extends RuntimeException implements StateConflict {
        DomainConflict() {
            super("domain detail");
        }

        @Override
        public String rule() {
            return "时钟已暂停 Clock already paused";
        }

        @Override
        public String reason() {
            return "The clock of this complaint is already paused.";
        }
    }

    @Test
    void aWrappedStateRefusalSurfacesAsTheRefusal() {
        assertThatThrownBy(() -> run(new ProcessEngineException(
                "ENGINE-03051 There was an exception while invoking the TaskListener", new DomainConflict())))
                .isInstanceOf(StateRuleViolation.class)
                .hasMessage("时钟已暂停 Clock already paused: The clock of this complaint is already paused.")
                .satisfies(e -> assertThat(((StateRuleViolation) e).rule()).isEqualTo("时钟已暂停 Clock already paused"));

        StateRuleViolation own = new StateRuleViolation("调查延期已用尽 Investigation extensions used up", "none left");
        assertThatThrownBy(() -> run(new ProcessEngineException("ENGINE-03051", new ProcessEngineException("inner", own))))
                .isSameAs(own);
    }

    @Test
    void anyOtherEngineExceptionPassesUnchanged() {
        ProcessEngineException other = new ProcessEngineException("ENGINE-03051", new IllegalArgumentException("x"));
        assertThatThrownBy(() -> run(other)).isSameAs(other);
    }

    private void run(ProcessEngineException thrown) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    throw thrown;
                });
    }
}
