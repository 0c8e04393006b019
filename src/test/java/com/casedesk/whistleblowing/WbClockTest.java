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

/** Both regimes of {@link WbClock}, as application.yaml configures them, without Spring. */
@UnitTest
class WbClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RegimeClocks CN = new RegimeClocks(Period.ofDays(15), Period.ofDays(15), Period.ofDays(60),
            CountFrom.ACCEPTANCE);
    private static final RegimeClocks EU = new RegimeClocks(Period.ofDays(7), Period.ofDays(7), Period.ofMonths(3),
            CountFrom.ACKNOWLEDGEMENT);
    private static final Instant NOW = at(2026, 11, 20, 9, 0);

    private static WbClock clock(Regime regime) {
        return new WbClock(new WbProperties(regime, SHANGHAI, CN, EU, 30, Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(10), Period.ofDays(180)), Clock.fixed(NOW, SHANGHAI));
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, SHANGHAI).toInstant();
    }

    private static Date endOfDay(int y, int m, int d) {
        return Date.from(ZonedDateTime.of(y, m, d, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    private static final Date RECEIVED = Date.from(at(2026, 11, 2, 22, 30));

    @Test
    void cnAcceptanceWithin15DaysOfReceiptAndOpinionWithin60DaysOfAcceptance() {
        WbClock cn = clock(Regime.CN);
        assertThat(cn.installationRegime()).isEqualTo(Regime.CN);
        assertThat(cn.assessmentDue(Regime.CN, RECEIVED)).isEqualTo(endOfDay(2026, 11, 17));
        assertThat(cn.acknowledgementDue(Regime.CN, RECEIVED)).isEqualTo(endOfDay(2026, 11, 17));
        Date accepted = Date.from(at(2026, 11, 5, 10, 0));
        assertThat(cn.opinionDue(Regime.CN, RECEIVED, Date.from(at(2026, 11, 2, 23, 0)), accepted)).isEqualTo(endOfDay(2027, 1, 4));
        assertThat(cn.opinionDue(Regime.CN, RECEIVED, null, accepted)).isEqualTo(endOfDay(2027, 1, 4));
    }

    @Test
    void euAcknowledgeWithin7DaysAndFeedbackWithin3MonthsOfTheAcknowledgement() {
        WbClock eu = clock(Regime.EU);
        assertThat(eu.acknowledgementDue(Regime.EU, RECEIVED)).isEqualTo(endOfDay(2026, 11, 9));
        assertThat(eu.assessmentDue(Regime.EU, RECEIVED)).isEqualTo(endOfDay(2026, 11, 9));
        Date accepted = Date.from(at(2026, 11, 30, 10, 0));
        assertThat(eu.opinionDue(Regime.EU, RECEIVED, Date.from(at(2026, 11, 3, 8, 0)), accepted)).isEqualTo(endOfDay(2027, 2, 3));
        // no acknowledgement sent: three months from the end of the seven days
        assertThat(eu.opinionDue(Regime.EU, RECEIVED, null, accepted)).isEqualTo(endOfDay(2027, 2, 9));
    }

    @Test
    void theAssessmentClockStandsStillWhileASupplementIsAwaited() {
        WbClock cn = clock(Regime.CN);
        Date due = endOfDay(2026, 11, 17);
        Date pausedAt = Date.from(NOW.minus(Duration.ofDays(5)));
        assertThat(cn.resumedAssessmentDue(due, pausedAt)).isEqualTo(Date.from(due.toInstant().plus(Duration.ofDays(5))));
        assertThat(cn.resumedAssessmentDue(due, Date.from(NOW.plusSeconds(60)))).isEqualTo(due);
        assertThat(cn.supplementGiveUpAt(Date.from(NOW))).isEqualTo(Date.from(NOW.plus(Duration.ofDays(30))));
    }

    @Test
    void remindersExtensionsCommitteeTasksAndProtection() {
        WbClock cn = clock(Regime.CN);
        Date due = endOfDay(2027, 1, 4);
        assertThat(cn.reminderAt(due)).isEqualTo(Date.from(due.toInstant().minus(Duration.ofDays(7))));
        assertThat(cn.extendedOpinionDue(due, 30)).isEqualTo(endOfDay(2027, 2, 3));
        assertThat(cn.maxExtensionDays(Regime.CN)).isEqualTo(30);
        assertThat(cn.committeeTaskDue()).isEqualTo(Date.from(NOW.plus(Duration.ofDays(10))));
        assertThat(cn.protectionCheckAt(Date.from(at(2027, 1, 10, 15, 0)))).isEqualTo(endOfDay(2027, 7, 9));
        assertThat(cn.day(due)).isEqualTo("2027-01-04");
    }
}
