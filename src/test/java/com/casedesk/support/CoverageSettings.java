package com.casedesk.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
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

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return new ProcessEngineCoverageProperties.Builder()
                .assertClassCoverageAtLeast(REQUIRED_CLASS_COVERAGE)
                .addInclusionPatternForTestClasses("*ProcessTest")
                .build();
    }
}
