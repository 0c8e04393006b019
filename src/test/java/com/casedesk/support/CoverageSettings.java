package com.casedesk.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process test classes ({@code *ProcessTest}) must together reach 90 % of their model's flow nodes
 * and sequence flows. The library registers its listener for every Spring test; other test classes
 * start processes only as a side effect and are not measured.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CoverageSettings {

    public static final double REQUIRED_CLASS_COVERAGE = 0.9;
    private static final String UNMEASURED = "not-measured";

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return new ProcessEngineCoverageProperties.Builder()
                .assertClassCoverageAtLeast(REQUIRED_CLASS_COVERAGE)
                .addInclusionPatternForTestClasses("*ProcessTest")
                .build();
    }

    /**
     * Only a process test class hands the engine's coverage listeners a collector. Until the first one
     * has run in the JVM, any other test class that starts a process failed with "Coverage state must
     * be initialized", so an API test passed or failed depending on the order surefire picked. This
     * collector takes those events; nothing asserts on it, and each process test class replaces it.
     */
    @Bean
    InitializingBean collectorBeforeTheFirstProcessTest(ProcessEngine engine) {
        return () -> {
            DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
            collector.createSuite(new Suite(UNMEASURED, UNMEASURED));
            collector.activateSuite(UNMEASURED);
            collector.createRun(new Run(UNMEASURED, UNMEASURED), UNMEASURED);
            collector.activateRun(UNMEASURED);
            new ProcessEngineAdapter(engine, collector).initializeListeners();
        };
    }
}
