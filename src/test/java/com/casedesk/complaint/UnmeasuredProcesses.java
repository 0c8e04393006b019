package com.casedesk.complaint;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.community.process_test_coverage.core.model.DefaultCollector;
import org.camunda.community.process_test_coverage.core.model.Run;
import org.camunda.community.process_test_coverage.core.model.Suite;
import org.camunda.community.process_test_coverage.engine.platform7.ExecutionContextModelProvider;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;

/**
 * Test classes outside {@code *ProcessTest} are not measured, but the coverage library's engine
 * listeners refuse to run ("Coverage state must be initialized") until a measured class has set them
 * up. A class that starts processes would then fail whenever it happens to run before every
 * {@code *ProcessTest} in the JVM (surefire's order is the file system's). This points the listeners
 * at a collector nobody reads; the next measured class points them at its own again.
 */
public final class UnmeasuredProcesses {

    private static final String ID = "unmeasured";

    private UnmeasuredProcesses() {
    }

    public static void allow(ProcessEngine engine) {
        DefaultCollector collector = new DefaultCollector(new ExecutionContextModelProvider());
        collector.createSuite(new Suite(ID, ID));
        collector.activateSuite(ID);
        collector.createRun(new Run(ID, ID), ID);
        collector.activateRun(ID);
        new ProcessEngineAdapter(engine, collector).initializeListeners();
    }
}
