package com.casedesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.casedesk.support.UnitTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;

/** Calculations on the shipped calendar (the official 2025 and 2026 notices). */
@UnitTest
class WorkingDayCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(WorkingDayCalendar.class);
    private WorkingDayCalendar workingDays;

    @BeforeEach
    void loadTheShippedCalendar() {
        log.start();
        logger.addAppender(log);
        workingDays = new WorkingDayCalendar(new WorkingCalendarProperties(WorkingCalendarProperties.DEFAULT_LOCATION),
                new DefaultResourceLoader(), meters, "Asia/Shanghai");
    }

    @AfterEach
    void detachLog() {
        logger.detachAppender(log);
    }

    @Test
    void loadsTheOfficialYears() {
        assertThat(workingDays.loadedYears()).containsExactly(2025, 2026);
    }

    // holidays-cn.md, worked examples
    @Test
    void fiveWorkingDaysFromMondayBeforeNationalDay2026EndOnFridayAfterIt() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 9));
    }

    @Test
    void threeWorkingDaysFromThursdayBeforeSpringFestival2026EndOnTheMakeUpSaturday() {
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            // National Day 2026: 10-01..10-07 off, 09-20 (Sun) and 10-10 (Sat) working
            "2026-09-20, true", "2026-09-30, true", "2026-10-01, false", "2026-10-05, false", "2026-10-07, false",
            "2026-10-08, true", "2026-10-10, true", "2026-10-11, false",
            // Mid-Autumn 2026: 09-25 (Fri) .. 09-27 off
            "2026-09-25, false", "2026-09-28, true",
            // National Day + Mid-Autumn 2025: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) working
            "2025-09-28, true", "2025-10-01, false", "2025-10-08, false", "2025-10-09, true", "2025-10-11, true",
            // Spring Festival 2025: 01-28..02-04 off, 01-26 (Sun) and 02-08 (Sat) working
            "2025-01-26, true", "2025-01-27, true", "2025-01-28, false", "2025-02-04, false", "2025-02-05, true",
            "2025-02-08, true", "2025-02-09, false",
            // Spring Festival 2026: 02-15..02-23 off, 02-14 (Sat) and 02-28 (Sat) working
            "2026-02-14, true", "2026-02-15, false", "2026-02-23, false", "2026-02-24, true", "2026-02-28, true",
            // New Year 2026: 01-01..01-03 off, 01-04 (Sun) working
            "2026-01-01, false", "2026-01-02, false", "2026-01-03, false", "2026-01-04, true",
            // Labour Day 2026: 05-01..05-05 off, 05-09 (Sat) working
            "2026-05-01, false", "2026-05-05, false", "2026-05-06, true", "2026-05-09, true", "2026-05-10, false",
            // ordinary days
            "2026-03-14, false", "2026-03-15, false", "2026-03-16, true", "2025-07-02, true"
    })
    void followsTheOfficialNotices(LocalDate day, boolean working) {
        assertThat(workingDays.isWorkingDay(day)).isEqualTo(working);
    }

    @Test
    void theRegulatorsSevenWorkingDaysFromJustBeforeNationalDay2026() {
        // 09-29, 09-30, 10-08, 10-09, 10-10 (make-up Saturday), 10-12, 10-13
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 9, 29), 7)).isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @ParameterizedTest(name = "{1} working days from {0} end on {2}")
    @CsvSource({
            "2026-03-16, 1, 2026-03-16",   // a working start day is day 1
            "2026-03-14, 1, 2026-03-16",   // a Saturday start counts from Monday
            "2026-10-01, 1, 2026-10-08",   // a holiday start counts from the first day back
            "2025-01-24, 4, 2025-02-05",   // 01-24, 01-26 (Sun), 01-27, 02-05
            "2026-02-12, 4, 2026-02-24",
            "2026-04-30, 3, 2026-05-07",   // 04-30, 05-06, 05-07
            "2026-05-07, 3, 2026-05-09",   // 05-07, 05-08, 05-09 (Sat)
            "2026-09-17, 3, 2026-09-20"    // 09-17, 09-18, 09-20 (Sun)
    })
    void addsWorkingDays(LocalDate start, int n, LocalDate end) {
        assertThat(workingDays.addWorkingDays(start, n)).isEqualTo(end);
    }

    @Test
    void crossesFromTwentyTwentyFiveIntoTwentyTwentySix() {
        // 2025-12-30, 12-31, then New Year 2026 off until the make-up Sunday 01-04
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 12, 30), 3)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 12, 30), 4)).isEqualTo(LocalDate.of(2026, 1, 5));
        // 12-29..12-31 (3), 01-04 (1), 01-05..01-09 (5)
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 9))).isEqualTo(9);
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2026, 1, 1))).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(meters.find(WorkingDayCalendar.UNLOADED_YEAR_METRIC).counters()).isEmpty();
    }

    @Test
    void countsWorkingDaysBetweenInclusiveDates() {
        // National Day week 2026: 09-28..10-11 holds 09-28, 09-29, 09-30, 10-08, 10-09, 10-10
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 11))).isEqualTo(6);
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 1))).isZero();
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10))).isEqualTo(1);
        assertThatThrownBy(() -> workingDays.workingDaysBetween(LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextWorkingDayIsTheDayItselfWhenItIsOne() {
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2026, 2, 15))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(workingDays.nextWorkingDay(LocalDate.of(2026, 3, 14))).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void aPeriodIsAtLeastOneWorkingDay(int n) {
        assertThatThrownBy(() -> workingDays.addWorkingDays(LocalDate.of(2026, 3, 16), n))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.addWorkingDays(new Date(), n))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDateVersionEndsAtTheCloseOfTheLastWorkingDayInShanghai() {
        Date received = Date.from(ZonedDateTime.of(2026, 9, 29, 10, 15, 0, 0, SHANGHAI).toInstant());

        Date due = workingDays.addWorkingDays(received, 7);

        assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 10, 13, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    void theDateVersionCountsFromTheLocalDayNotTheUtcDay() {
        // 00:30 on Tuesday 2026-09-29 in Beijing is still Monday 09-28 in UTC, which would end a day earlier
        Date received = Date.from(ZonedDateTime.of(2026, 9, 29, 0, 30, 0, 0, SHANGHAI).toInstant());

        Date due = workingDays.addWorkingDays(received, 7);

        assertThat(due.toInstant()).isEqualTo(ZonedDateTime.of(2026, 10, 13, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    void anUnloadedYearIsCountedByWeekendsOnlyButLoudly() {
        // 2027-10-01 is a Friday: National Day, but the 2027 notice is not loaded
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 10, 2))).isFalse();
        assertThat(workingDays.addWorkingDays(LocalDate.of(2026, 12, 30), 3)).isEqualTo(LocalDate.of(2027, 1, 1));

        assertThat(unloadedYearCount("2027")).isEqualTo(3.0);
        assertThat(warnings()).singleElement().asString()
                .contains("working-day calendar has no data for 2027: counting weekends only;")
                .contains("国务院办公厅");
    }

    @Test
    void eachUnloadedYearIsReportedOnItsOwn() {
        workingDays.workingDaysBetween(LocalDate.of(2024, 12, 1), LocalDate.of(2027, 1, 31));

        assertThat(unloadedYearCount("2024")).isEqualTo(1.0);
        assertThat(unloadedYearCount("2027")).isEqualTo(1.0);
        assertThat(meters.find(WorkingDayCalendar.UNLOADED_YEAR_METRIC).tag("year", "2025").counter()).isNull();
        assertThat(warnings()).hasSize(2);
    }

    private double unloadedYearCount(String year) {
        Counter counter = meters.find(WorkingDayCalendar.UNLOADED_YEAR_METRIC).tag("year", year).counter();
        assertThat(counter).as("counter for %s", year).isNotNull();
        return counter.count();
    }

    private List<String> warnings() {
        return log.list.stream().filter(event -> event.getLevel() == Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }
}
