package com.casedesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped calendar holds 2025 and 2026: 2027 is due from 1 November 2026 (Beijing time). */
@UnitTest
class CalendarReadinessTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final MonthDay NOVEMBER = MonthDay.of(11, 1);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WorkingDayCalendar calendar = new WorkingDayCalendar(
            new WorkingCalendarProperties(WorkingCalendarProperties.DEFAULT_LOCATION), new DefaultResourceLoader(),
            meters, "Asia/Shanghai");

    private CalendarReadiness on(LocalDate day, LocalTime time, String status) {
        Clock fixed = Clock.fixed(day.atTime(time).atZone(SHANGHAI).toInstant(), ZoneId.of("UTC"));
        return new CalendarReadiness(calendar, new CalendarReadinessProperties("--11-01", status), fixed,
                new ServiceZone(SHANGHAI), meters);
    }

    private double gauge() {
        return meters.get(CalendarReadiness.GAUGE).gauge().value();
    }

    @Test
    void onThe31stOfOctoberTheCalendarIsReady() {
        CalendarReadiness readiness = on(LocalDate.of(2026, 10, 31), LocalTime.of(23, 59, 59), "WARN");

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
        assertThat(gauge()).isZero();
    }

    @Test
    void fromThe1stOfNovemberBeijingTimeAMissingNextYearIsReportedWithTheConfiguredStatus() {
        // 00:00:01 in Beijing is still 31 October in UTC: the service's zone decides
        CalendarReadiness readiness = on(LocalDate.of(2026, 11, 1), LocalTime.of(0, 0, 1), "WARN");

        Health health = readiness.health();
        assertThat(health.getStatus()).isEqualTo(new Status("WARN"));
        assertThat(health.getDetails()).containsEntry("missingYear", 2027);
        assertThat(gauge()).isOne();
        assertThat(on(LocalDate.of(2026, 11, 1), LocalTime.NOON, "DOWN").health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void theRuleAtItsEdges() {
        Set<Integer> loaded = Set.of(2026);
        assertThat(CalendarReadiness.missingYear(LocalDate.of(2026, 10, 31), loaded, NOVEMBER)).isEmpty();
        assertThat(CalendarReadiness.missingYear(LocalDate.of(2026, 11, 1), loaded, NOVEMBER)).contains(2027);
        assertThat(CalendarReadiness.missingYear(LocalDate.of(2026, 12, 31), Set.of(2026, 2027), NOVEMBER)).isEmpty();
        // the current year missing is reported all year round
        assertThat(CalendarReadiness.missingYear(LocalDate.of(2027, 1, 1), loaded, NOVEMBER)).contains(2027);
    }
}
