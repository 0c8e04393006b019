package com.casedesk.deadline;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the working-day calendar holds the years deadlines are about to reach. The State Council's
 * notice for next year comes out in November; from {@code casedesk.calendar.readiness.from} (1 November)
 * a missing next year is reported here, as the health component {@code calendarReadiness} and the gauge
 * {@value #GAUGE}, weeks before the first deadline reaches into January and is counted on weekends only.
 */
@Component("calendarReadiness")
public class CalendarReadiness implements HealthIndicator {

    /** 1 while a year that should be loaded is not, else 0: alert on it. */
    public static final String GAUGE = "casedesk.calendar.year.missing";

    private final WorkingDayCalendar calendar;
    private final CalendarReadinessProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    public CalendarReadiness(WorkingDayCalendar calendar, CalendarReadinessProperties properties, Clock clock,
                             ServiceZone zone, MeterRegistry meters) {
        this.zone = zone.zone();
        this.calendar = calendar;
        this.properties = properties;
        this.clock = clock;
        Gauge.builder(GAUGE, this, readiness -> readiness.missingYear().isPresent() ? 1 : 0)
                .description("A year the working-day calendar should hold is not loaded (next year from "
                        + properties.from() + ")")
                .register(meters);
    }

    /**
     * The first year that should be loaded and is not, on {@code today}: this year always, next year from
     * {@code from} on.
     */
    static Optional<Integer> missingYear(LocalDate today, Set<Integer> loaded, MonthDay from) {
        if (!loaded.contains(today.getYear())) {
            return Optional.of(today.getYear());
        }
        boolean nextYearDue = !MonthDay.from(today).isBefore(from);
        return nextYearDue && !loaded.contains(today.getYear() + 1) ? Optional.of(today.getYear() + 1) : Optional.empty();
    }

    Optional<Integer> missingYear() {
        return missingYear(LocalDate.now(clock.withZone(zone)), calendar.loadedYears(), properties.fromDay());
    }

    @Override
    public Health health() {
        Optional<Integer> missing = missingYear();
        if (missing.isEmpty()) {
            return Health.up().withDetail("loadedYears", calendar.loadedYears()).build();
        }
        return Health.status(new Status(properties.status(), "working-day calendar for " + missing.get()
                        + " not loaded: load the 国务院办公厅 notice (docs/working-days.md)"))
                .withDetails(Map.of("missingYear", missing.get(), "loadedYears", calendar.loadedYears()))
                .build();
    }
}
