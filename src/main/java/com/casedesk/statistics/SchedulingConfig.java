package com.casedesk.statistics;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link CaseMetrics#refresh} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfig {
}
