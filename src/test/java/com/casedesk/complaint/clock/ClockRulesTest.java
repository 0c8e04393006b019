package com.casedesk.complaint.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.support.UnitTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The reply clock's rules (令2020年第3号 Art. 18, 43) at their edges, without Spring. */
@UnitTest
class ClockRulesTest {

    private static final Instant DUE = end(LocalDate.of(2026, 12, 2));

    @Test
    void onlyAComplexCaseMayBeExtendedOnceUpToSixtyDaysAndBeforeTheDeadline() {
        Instant before = DUE.minusSeconds(1);
        assertThat(ClockRules.extensionRefusal(false, false, 15, 30, 60, before, DUE)).get().asString().contains("complex");
        assertThat(ClockRules.extensionRefusal(true, false, 30, 30, 60, before, DUE)).isEmpty();
        assertThat(ClockRules.extensionRefusal(true, false, 30, 30, 60, DUE, DUE)).as("the last second of the day").isEmpty();
        assertThat(ClockRules.extensionRefusal(true, false, 30, 30, 60, DUE.plusSeconds(1), DUE)).get().asString()
                .contains("passed");
        assertThat(ClockRules.extensionRefusal(true, true, 60, 30, 60, before, DUE)).get().asString().contains("already extended");
        assertThat(ClockRules.extensionRefusal(true, false, 30, 31, 60, before, DUE)).get().asString().contains("60 days");
    }

    @Test
    void anApprovalCountsOnlyUpToTheStatutoryDate() {
        assertThat(ClockRules.decidedInTime(DUE, DUE)).isTrue();
        assertThat(ClockRules.decidedInTime(DUE.plusSeconds(1), DUE)).isFalse();
    }

    @Test
    void pausedTimeCountsInWholeDays() {
        assertThat(ClockRules.countedPauseDays(Duration.ofSeconds(3))).isZero();
        assertThat(ClockRules.countedPauseDays(Duration.ofDays(1).minusSeconds(1))).isZero();
        assertThat(ClockRules.countedPauseDays(Duration.ofDays(1))).isEqualTo(1);
        assertThat(ClockRules.countedPauseDays(Duration.ofDays(3).plusHours(23))).isEqualTo(3);
        assertThat(ClockRules.countedPauseDays(Duration.ofSeconds(-5))).isZero();
    }

    @Test
    void aReminderThatWouldFallOnADayOffGoesOutOnTheLastWorkingDayBefore() {
        // received 5 February 2026: the 15 days end on Friday 20 February, inside 春节 (15–23 off, 14 and 28 worked)
        Instant deadline = end(LocalDate.of(2026, 2, 20));
        assertThat(reminder(deadline, 1)).isEqualTo(end(LocalDate.of(2026, 2, 14)));
        // three days before is 17 February, a holiday: the last working day before it is the make-up Saturday
        assertThat(reminder(deadline, 3)).isEqualTo(end(LocalDate.of(2026, 2, 14)));
        // the day before the holidays stays where it is
        assertThat(reminder(end(LocalDate.of(2026, 2, 17)), 3)).isEqualTo(end(LocalDate.of(2026, 2, 14)));
        assertThat(reminder(end(LocalDate.of(2026, 2, 16)), 3)).isEqualTo(end(LocalDate.of(2026, 2, 13)));
        // an ordinary week: three days before a Friday is the Tuesday
        assertThat(reminder(end(LocalDate.of(2026, 12, 11)), 3)).isEqualTo(end(LocalDate.of(2026, 12, 8)));
        // three days before a Tuesday is a Saturday: the Friday before
        assertThat(reminder(end(LocalDate.of(2026, 12, 8)), 3)).isEqualTo(end(LocalDate.of(2026, 12, 4)));
    }

    @Test
    void theStatuteNeedsItsOwnReminderOnlyWhenTheReplyIsDueEarlier() {
        assertThat(ClockRules.statuteWatchedSeparately(DUE.minusSeconds(1), DUE)).isTrue();
        assertThat(ClockRules.statuteWatchedSeparately(DUE, DUE)).isFalse();
    }

    private static Instant reminder(Instant deadline, int workingDays) {
        return ClockRules.reminderAt(deadline, workingDays, ClockFixtures.ZONE, ClockFixtures.calendar());
    }

    private static Instant end(LocalDate day) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(ClockFixtures.ZONE).toInstant();
    }
}
