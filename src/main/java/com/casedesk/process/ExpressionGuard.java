package com.casedesk.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link GuardedExpressionManager} in place of the Spring expression manager the starter sets
 * (which resolves every bean of the application context), and hands its JUEL provider to the DMN engine,
 * so that BPMN, DMN and query expressions pass one guard (docs/security.md, Threat model).
 */
@Component
class ExpressionGuard extends AbstractProcessEnginePlugin {

    private final ExpressionPolicy policy;

    ExpressionGuard(ExpressionPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        GuardedExpressionManager expressions = new GuardedExpressionManager(policy);
        expressions.addFunction(QueryCalendar.WORKING_DAYS_FROM_NOW, QueryCalendar.function());
        engine.setExpressionManager(expressions);
        engine.setDmnElProvider(expressions.toElProvider());
    }
}
