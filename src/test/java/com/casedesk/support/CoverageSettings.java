package com.casedesk.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A process test class that uses the coverage listener must reach 90 % of its model's flow nodes. */
@TestConfiguration(proxyBeanMethods = false)
public class CoverageSettings {

    public static final double REQUIRED_CLASS_COVERAGE = 0.9;

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return new ProcessEngineCoverageProperties.Builder()
                .assertClassCoverageAtLeast(REQUIRED_CLASS_COVERAGE)
                .build();
    }
}
