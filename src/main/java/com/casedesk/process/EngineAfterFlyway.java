package com.casedesk.process;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Configuration;

/**
 * The engine starts its job executor as soon as it is built; jobs call delegates that use our
 * tables, so Flyway must have migrated them first.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

    EngineAfterFlyway() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
}
