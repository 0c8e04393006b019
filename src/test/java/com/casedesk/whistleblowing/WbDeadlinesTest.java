package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.WbProperties.CountFrom;
import com.casedesk.whistleblowing.WbProperties.Regime;
import com.casedesk.whistleblowing.WbProperties.RegimeClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * The whistleblowing clocks at their edges: the day of the event is not counted, a period ends at
 * 23:59:59 of its last local day (Asia/Shanghai, whatever the server's zone), and a deadline is met up
 * to its last second.
 */
@UnitTest
class WbDeadlinesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RegimeClocks CN = new RegimeClocks(Period.ofDays(15), Period.ofDays(15), Period.ofDays(60),
            CountFrom.ACCEPTANCE);
    private static final RegimeClocks EU = new RegimeClocks(Period.ofDays(7), Period.ofDays(7), Period.ofMonths(3),
            CountFrom.ACKNOWLEDGEMENT);
    private static final Instant NOW = local(2026, 11, 20, 9, 0, 0);

    private static WbClock clock(Regime regime, Instant now) {
        return new WbClock(new WbProperties(regime, SHANGHAI, CN, EU, 30, Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(10), Period.ofDays(180)), Clock.fixed(now, ZoneId.of("UTC")));
    }

    private static Instant local(int y, int m, int d, int h, int min, int s) {
        return ZonedDateTime.of(y, m, d, h, min, s, 0, SHANGHAI).toInstant();
    }

    private static Date at(int y, int m, int d, int h, int min, int s) {
        return Date.from(local(y, m, d, h, min, s));
    }

    private static Date endOfDay(int y, int m, int d) {
        return at(y, m, d, 23, 59, 59);
    }

    @Test
    void theAssessmentIsDueAtTheEndOfTheFifteenthDayAfterTheLocalDayOfReceipt() {
        WbClock cn = clock(Regime.CN, NOW);
        // the first and the last second of a local day give the same due date ...
        assertThat(cn.assessmentDue(Regime.CN, at(2026, 11, 2, 0, 0, 0))).isEqualTo(endOfDay(2026, 11, 17));
        assertThat(cn.assessmentDue(Regime.CN, at(2026, 11, 2, 23, 59, 59))).isEqualTo(endOfDay(2026, 11, 17));
        // ... one second later it is the next day's report
        assertThat(cn.assessmentDue(Regime.CN, at(2026, 11, 3, 0, 0, 0))).isEqualTo(endOfDay(2026, 11, 18));
        // 16:30 UTC on 2 November is already 3 November in Shanghai
        assertThat(cn.assessmentDue(Regime.CN, Date.from(Instant.parse("2026-11-02T16:30:00Z")))).isEqualTo(endOfDay(2026, 11, 18));
    }

    @Test
    void theCnOpinionIsDueSixtyDaysAfterAcceptanceWhateverTheAcknowledgement() {
        WbClock cn = clock(Regime.CN, NOW);
        Date received = at(2026, 11, 2, 8, 0, 0);
        assertThat(cn.opinionDue(Regime.CN, received, null, at(2026, 11, 5, 23, 59, 59))).isEqualTo(endOfDay(2027, 1, 4));
        assertThat(cn.opinionDue(Regime.CN, received, at(2026, 11, 3, 9, 0, 0), at(2026, 11, 6, 0, 0, 0)))
                .isEqualTo(endOfDay(2027, 1, 5));
    }

    @Test
    void theEuFeedbackIsDueThreeMonthsAfterTheAcknowledgementOrAfterItsDeadlineWhenNoneWasSent() {
        WbClock eu = clock(Regime.EU, NOW);
        Date received = at(2026, 11, 30, 10, 0, 0);
        assertThat(eu.acknowledgementDue(Regime.EU, received)).isEqualTo(endOfDay(2026, 12, 7));
        assertThat(eu.opinionDue(Regime.EU, received, at(2026, 11, 30, 23, 59, 59), null)).isEqualTo(endOfDay(2027, 2, 28));
        assertThat(eu.opinionDue(Regime.EU, received, at(2026, 12, 1, 0, 0, 0), null)).isEqualTo(endOfDay(2027, 3, 1));
        assertThat(eu.opinionDue(Regime.EU, received, null, null)).isEqualTo(endOfDay(2027, 3, 7));
    }

    @Test
    void theAssessmentClockMovesByExactlyTheTimeWaitedAndNeverBackwards() {
        WbClock cn = clock(Regime.CN, NOW);
        Date due = endOfDay(2026, 11, 17);
        assertThat(cn.resumedAssessmentDue(due, Date.from(NOW))).isEqualTo(due);
        assertThat(cn.resumedAssessmentDue(due, Date.from(NOW.minusSeconds(1)))).isEqualTo(Date.from(due.toInstant().plusSeconds(1)));
        assertThat(cn.resumedAssessmentDue(due, Date.from(NOW.plusSeconds(1)))).isEqualTo(due);
    }

    @Test
    void aSupplementIsAwaitedThirtyDaysToTheSecond() {
        WbClock cn = clock(Regime.CN, NOW);
        Date requested = at(2026, 11, 2, 23, 59, 59);
        assertThat(cn.supplementGiveUpAt(requested)).isEqualTo(Date.from(requested.toInstant().plus(Duration.ofDays(30))));
    }

    @Test
    void theReminderComesSevenDaysBeforeTheOpinionIsDue() {
        WbClock cn = clock(Regime.CN, NOW);
        Date due = endOfDay(2027, 1, 4);
        assertThat(cn.reminderAt(due)).isEqualTo(endOfDay(2026, 12, 28));
    }

    @Test
    void anExtensionMovesTheDueDateByCalendarDaysKeepingTheLastSecondOfTheDay() {
        WbClock cn = clock(Regime.CN, NOW);
        assertThat(cn.extendedOpinionDue(endOfDay(2027, 1, 4), 1)).isEqualTo(endOfDay(2027, 1, 5));
        assertThat(cn.extendedOpinionDue(endOfDay(2027, 2, 27), 2)).isEqualTo(endOfDay(2027, 3, 1));
        assertThat(cn.extendedOpinionDue(endOfDay(2027, 1, 4), 0)).isEqualTo(endOfDay(2027, 1, 4));
    }

    @Test
    void committeeTasksFallDueTenDaysAfterTheyOpenAndDaysAreReadInTheServiceZone() {
        WbClock cn = clock(Regime.CN, NOW);
        assertThat(cn.committeeTaskDue()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));
        assertThat(cn.day(at(2026, 11, 2, 0, 0, 0))).isEqualTo("2026-11-02");
        assertThat(cn.day(at(2026, 11, 2, 23, 59, 59))).isEqualTo("2026-11-02");
        assertThat(cn.day(Date.from(Instant.parse("2026-11-02T16:00:00Z")))).isEqualTo("2026-11-03");
    }
}
