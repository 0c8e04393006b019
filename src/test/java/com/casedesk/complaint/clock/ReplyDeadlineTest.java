package com.casedesk.complaint.clock;

import static com.casedesk.complaint.ClockFixtures.endOf;
import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintDeadlines;
import com.casedesk.support.UnitTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The reply deadline of Art. 18 as {@link StatutoryClock} recomputes it ({@link ComplaintDeadlines}):
 * 15 calendar days, 30 when complex, 30 more when extended, 60 at most, moved by paused time, and
 * never later than the level's working-day target.
 */
@UnitTest
class ReplyDeadlineTest {

    private final ComplaintDeadlines deadlines = ClockFixtures.deadlines(ClockFixtures.properties());

    private Instant reply(Complaint complaint, Integer targetWorkingDays) {
        complaint.setDeadlines(deadlines.compute(complaint, targetWorkingDays));
        return complaint.getReplyDueBy();
    }

    @Test
    void fifteenCalendarDaysEndAtTheCloseOfTheLastDayAndTheNextSecondIsLate() {
        Complaint c = ClockFixtures.received("C-1", local(2026, 3, 10, 10, 0, 0));

        Instant due = reply(c, null);

        assertThat(due).isEqualTo(endOf(LocalDate.of(2026, 3, 25)));
        assertThat(local(2026, 3, 25, 23, 59, 59)).isBeforeOrEqualTo(due);
        assertThat(local(2026, 3, 26, 0, 0, 0)).isAfter(due);
        assertThat(c.getStatutoryDueBy()).isEqualTo(due);
    }

    @Test
    void theDayOfReceiptIsTheLocalDayNotTheUtcDay() {
        // 00:30 on 03-11 in Beijing is still 03-10 in UTC
        Complaint justAfterMidnight = ClockFixtures.received("C-1", local(2026, 3, 11, 0, 30, 0));
        Complaint justBeforeMidnight = ClockFixtures.received("C-2", local(2026, 3, 10, 23, 59, 59));

        assertThat(reply(justAfterMidnight, null)).isEqualTo(endOf(LocalDate.of(2026, 3, 26)));
        assertThat(reply(justBeforeMidnight, null)).isEqualTo(endOf(LocalDate.of(2026, 3, 25)));
    }

    @Test
    void complexExtendedAndBothAddUpToAtMostSixtyDays() {
        Complaint plain = ClockFixtures.received("C-1", local(2026, 3, 10, 10, 0, 0));
        Complaint complex = ClockFixtures.received("C-2", local(2026, 3, 10, 10, 0, 0));
        complex.classifyComplex();
        Complaint extended = ClockFixtures.received("C-3", local(2026, 3, 10, 10, 0, 0));
        extended.extend();
        Complaint both = ClockFixtures.received("C-4", local(2026, 3, 10, 10, 0, 0));
        both.classifyComplex();
        both.extend();

        assertThat(deadlines.statutoryDays(plain)).isEqualTo(15);
        assertThat(deadlines.statutoryDays(complex)).isEqualTo(30);
        assertThat(deadlines.statutoryDays(extended)).isEqualTo(45);
        assertThat(deadlines.statutoryDays(both)).isEqualTo(60);
        assertThat(reply(complex, null)).isEqualTo(endOf(LocalDate.of(2026, 4, 9)));
        assertThat(reply(both, null)).isEqualTo(endOf(LocalDate.of(2026, 5, 9)));
    }

    @Test
    void theMaximumCapsComplexPlusExtension() {
        ComplaintDeadlines capped = ClockFixtures.deadlines(ClockFixtures.properties(59));
        Complaint both = ClockFixtures.received("C-1", local(2026, 3, 10, 10, 0, 0));
        both.classifyComplex();
        both.extend();
        Complaint complex = ClockFixtures.received("C-2", local(2026, 3, 10, 10, 0, 0));
        complex.classifyComplex();

        assertThat(capped.statutoryDays(both)).isEqualTo(59);
        assertThat(capped.statutoryDays(complex)).isEqualTo(30);
    }

    @Test
    void aPauseMovesTheDeadlineByExactlyThePausedTime() {
        Complaint c = ClockFixtures.received("C-1", local(2026, 3, 10, 10, 0, 0));
        c.pause(local(2026, 3, 12, 10, 0, 0));
        c.resume(local(2026, 3, 14, 10, 0, 0));

        assertThat(reply(c, null)).isEqualTo(endOf(LocalDate.of(2026, 3, 27)));
    }

    @Test
    void aPauseThatEndsOnTheDeadlineLeavesThePausedTimeStillToRun() {
        Complaint c = ClockFixtures.received("C-1", local(2026, 3, 10, 10, 0, 0));
        Instant deadline = reply(c, null);
        Instant pausedAt = local(2026, 3, 20, 9, 0, 0);
        c.pause(pausedAt);
        c.resume(deadline);

        Instant moved = reply(c, null);

        assertThat(moved).isEqualTo(deadline.plus(Duration.between(pausedAt, deadline)));
        assertThat(deadline).isBefore(moved);
    }

    @Test
    void aLevelTargetOverTheNationalDayHolidayIsTheReplyDeadlineWhenEarlier() {
        // 5 working days from Monday 09-28: 09-28, 09-29, 09-30, 10-08, 10-09; the statute ends 10-13
        Complaint c = ClockFixtures.received("C-1", local(2026, 9, 28, 10, 0, 0));

        assertThat(reply(c, 5)).isEqualTo(endOf(LocalDate.of(2026, 10, 9)));
        assertThat(c.getStatutoryDueBy()).isEqualTo(endOf(LocalDate.of(2026, 10, 13)));
        assertThat(c.getTargetDueBy()).isEqualTo(endOf(LocalDate.of(2026, 10, 9)));
    }

    @Test
    void theDayBeforeTheHolidayEndsThereTheNextWorkingDayIsTheFirstAfterIt() {
        Complaint c = ClockFixtures.received("C-1", local(2026, 9, 30, 10, 0, 0));

        assertThat(reply(c, 1)).isEqualTo(endOf(LocalDate.of(2026, 9, 30)));
        assertThat(reply(c, 2)).isEqualTo(endOf(LocalDate.of(2026, 10, 8)));
    }

    @Test
    void aTargetNeverPushesPastTheStatute() {
        Complaint c = ClockFixtures.received("C-1", local(2026, 9, 28, 10, 0, 0));

        assertThat(reply(c, 20)).isEqualTo(endOf(LocalDate.of(2026, 10, 13)));
        assertThat(c.getTargetDueBy()).isAfter(c.getReplyDueBy());
    }
}
