package com.casedesk.deadline;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When and how {@link CalendarReadiness} reports a missing year; documented in application.yaml under
 * {@code casedesk.calendar.readiness}.
 *
 * @param from   from this day of the year ({@code --MM-dd}), next year's calendar must be loaded
 * @param status the health status then: WARN (the default; the overall health stays UP, so a load balancer
 *               keeps the node) or DOWN (the whole health endpoint answers 503)
 */
@ConfigurationProperties("casedesk.calendar.readiness")
public record CalendarReadinessProperties(@DefaultValue("--11-01") String from, @DefaultValue("WARN") String status) {

    /** Fails the start on a malformed day rather than on the first health check. */
    public CalendarReadinessProperties {
        MonthDay.parse(from);
    }

    public MonthDay fromDay() {
        return MonthDay.parse(from);
    }
}
