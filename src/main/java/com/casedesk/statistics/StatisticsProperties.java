package com.casedesk.statistics;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Metrics and the Cockpit dashboard; documented in application.yaml under {@code casedesk.statistics}. */
@Validated
@ConfigurationProperties("casedesk.statistics")
public record StatisticsProperties(
        /* how often the case gauges and counters are recomputed from the database */
        @NotNull Duration metricsRefresh,
        /* an open case whose reply deadline is less than this ahead is "near its deadline" */
        @NotNull Duration nearDeadline,
        /* days of opened/closed shown on the dashboard */
        @Min(1) @Max(366) int dashboardDays,
        /* rows in each list of the dashboard */
        @Min(1) @Max(200) int dashboardRows) {
}
