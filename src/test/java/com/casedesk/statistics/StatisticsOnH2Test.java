package com.casedesk.statistics;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same figures for the same known set on the embedded default (in-memory H2, `./mvnw spring-boot:run`):
 * percentiles, epoch arithmetic and the inline VALUES table behave alike. Configured like
 * {@code EmbeddedDefaultTest}, so both share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "camunda.bpm.job-execution.enabled=false")
class StatisticsOnH2Test extends KnownSetStatistics {
}
