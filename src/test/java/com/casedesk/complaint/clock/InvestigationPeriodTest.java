package com.casedesk.complaint.clock;

import static com.casedesk.complaint.ClockFixtures.endOf;
import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The investigation deadline (002 §4.1) of {@link InvestigationClock}: working days, extensions, the reply cap. */
@UnitTest
class InvestigationPeriodTest {

    private static final Instant FAR_REPLY = endOf(LocalDate.of(2026, 12, 31));

    private final InvestigationPeriod period = new InvestigationPeriod(ClockFixtures.calendar(), ClockFixtures.ZONE);

    @Test
    void fiveWorkingDaysFromTheMondayBeforeNationalDaySkipTheHoliday() {
        assertThat(period.due(local(2026, 9, 28, 10, 0, 0), 5, FAR_REPLY)).isEqualTo(endOf(LocalDate.of(2026, 10, 9)));
    }

    @Test
    void theLastWorkingDayBeforeTheHolidayAndTheFirstAfterIt() {
        Instant dayBefore = local(2026, 9, 30, 10, 0, 0);
        Instant onTheHoliday = local(2026, 10, 1, 10, 0, 0);

        assertThat(period.due(dayBefore, 1, FAR_REPLY)).isEqualTo(endOf(LocalDate.of(2026, 9, 30)));
        assertThat(period.due(dayBefore, 2, FAR_REPLY)).isEqualTo(endOf(LocalDate.of(2026, 10, 8)));
        assertThat(period.due(onTheHoliday, 1, FAR_REPLY)).isEqualTo(endOf(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void anExtensionCountsOnFromTheCurrentDeadlineIncludingTheMakeUpSaturday() {
        // the deadline's day (Fri 10-09) is day 1; 10-10 is a make-up working Saturday, 10-11 a Sunday
        Instant current = endOf(LocalDate.of(2026, 10, 9));

        assertThat(period.due(current, 1 + 2, FAR_REPLY)).isEqualTo(endOf(LocalDate.of(2026, 10, 12)));
        assertThat(period.due(current, 1 + 0, FAR_REPLY)).isEqualTo(current);
    }

    @Test
    void neverLaterThanTheReplyDeadline() {
        Instant start = local(2026, 9, 28, 10, 0, 0);
        Instant sameDay = endOf(LocalDate.of(2026, 10, 9));
        Instant dayEarlier = endOf(LocalDate.of(2026, 10, 8));

        assertThat(period.due(start, 5, sameDay)).isEqualTo(sameDay);
        assertThat(period.due(start, 5, dayEarlier)).isEqualTo(dayEarlier);
        assertThat(period.due(start, 5, sameDay.plusSeconds(1))).isEqualTo(sameDay);
    }

    @Test
    void aPeriodIsAtLeastOneWorkingDay() {
        assertThat(period.due(local(2026, 3, 16, 10, 0, 0), 0, FAR_REPLY)).isEqualTo(endOf(LocalDate.of(2026, 3, 16)));
    }

    @ParameterizedTest(name = "level {0}..{1} days, {2} already extended: {3} remain")
    @CsvSource({"5, 10, 0, 5", "5, 10, 4, 1", "5, 10, 5, 0", "5, 5, 0, 0"})
    void whatRemainsWithinTheLevelsMaximum(int levelDays, int maxDays, int extended, int remaining) {
        assertThat(InvestigationPeriod.remainingExtension(levelDays, maxDays, extended)).isEqualTo(remaining);
    }

    @ParameterizedTest(name = "{0} asked, {1} remain: {2} granted")
    @CsvSource({"3, 5, 3", "5, 5, 5", "6, 5, 5", "3, 0, 0", "3, -1, 0"})
    void aGrantIsWhatWasAskedButNoMoreThanRemains(int requested, int remaining, int granted) {
        assertThat(InvestigationPeriod.granted(requested, remaining)).isEqualTo(granted);
    }
}
