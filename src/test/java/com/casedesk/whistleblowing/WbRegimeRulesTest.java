package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.OverdueEscalations.Overdue;
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
import com.casedesk.process.StateRuleViolation;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/**
 * The regime is the report's (issue 15 §9): one clock, whatever the installation's switch, computes each
 * report under the regime it was received under, at the day edges; EU reports get no extension.
 */
@UnitTest
class WbRegimeRulesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RegimeClocks CN = new RegimeClocks(Period.ofDays(15), Period.ofDays(15), Period.ofDays(60),
            CountFrom.ACCEPTANCE);
    private static final RegimeClocks EU = new RegimeClocks(Period.ofDays(7), Period.ofDays(7), Period.ofMonths(3),
            CountFrom.ACKNOWLEDGEMENT);

    private static WbClock installation(Regime regime) {
        return new WbClock(new WbProperties(regime, SHANGHAI, CN, EU, 30, Duration.ofDays(30), Duration.ofDays(7),
                Duration.ofDays(10), Period.ofDays(180)), Clock.fixed(Instant.parse("2026-11-20T01:00:00Z"), SHANGHAI));
    }

    private static Date at(int y, int m, int d, int h, int min, int s) {
        return Date.from(ZonedDateTime.of(y, m, d, h, min, s, 0, SHANGHAI).toInstant());
    }

    private static Date endOfDay(int y, int m, int d) {
        return at(y, m, d, 23, 59, 59);
    }

    @Test
    void aReportWithoutAStoredRegimeFollowsTheInstallationAStoredOneNeverDoes() {
        assertThat(installation(Regime.CN).regimeOf(null)).isEqualTo(Regime.CN);
        assertThat(installation(Regime.EU).regimeOf(null)).isEqualTo(Regime.EU);
        assertThat(installation(Regime.EU).regimeOf("CN")).isEqualTo(Regime.CN);
        assertThat(installation(Regime.CN).regimeOf("EU")).isEqualTo(Regime.EU);
        assertThat(installation(Regime.EU).installationRegime()).isEqualTo(Regime.EU);
    }

    @Test
    void cnAcceptanceDecisionOnAnEuInstallationAtTheDayEdges() {
        WbClock eu = installation(Regime.EU);
        // the last second of the receipt day is still that day; the first second of the next is the next
        assertThat(eu.assessmentDue(Regime.CN, at(2026, 11, 2, 23, 59, 59))).isEqualTo(endOfDay(2026, 11, 17));
        assertThat(eu.assessmentDue(Regime.CN, at(2026, 11, 3, 0, 0, 0))).isEqualTo(endOfDay(2026, 11, 18));
        assertThat(eu.assessmentDue(Regime.EU, at(2026, 11, 2, 23, 59, 59))).isEqualTo(endOfDay(2026, 11, 9));
    }

    @Test
    void cnOpinionSixtyDaysAfterTheAcceptanceAtTheDayEdgesWhateverTheInstallation() {
        WbClock eu = installation(Regime.EU);
        Date received = at(2026, 11, 2, 10, 0, 0);
        Date acknowledged = at(2026, 11, 2, 10, 5, 0);
        assertThat(eu.opinionDue(Regime.CN, received, acknowledged, at(2026, 11, 5, 23, 59, 59))).isEqualTo(endOfDay(2027, 1, 4));
        assertThat(eu.opinionDue(Regime.CN, received, acknowledged, at(2026, 11, 6, 0, 0, 0))).isEqualTo(endOfDay(2027, 1, 5));
        // EU on the same clock: 3 months after the acknowledgement, the acceptance does not count
        assertThat(eu.opinionDue(Regime.EU, received, acknowledged, at(2026, 11, 6, 0, 0, 0))).isEqualTo(endOfDay(2027, 2, 2));
    }

    @Test
    void euFeedbackThreeMonthsAfterTheAcknowledgementOrTheSevenDaysOnACnInstallation() {
        WbClock cn = installation(Regime.CN);
        Date received = at(2026, 11, 23, 9, 0, 0);
        assertThat(cn.acknowledgementDue(Regime.EU, received)).isEqualTo(endOfDay(2026, 11, 30));
        assertThat(cn.opinionDue(Regime.EU, received, at(2026, 11, 30, 23, 59, 59), null)).isEqualTo(endOfDay(2027, 2, 28));
        assertThat(cn.opinionDue(Regime.EU, received, at(2026, 12, 1, 0, 0, 0), null)).isEqualTo(endOfDay(2027, 3, 1));
        // no acknowledgement sent: from the end of the seven days (2026-11-30)
        assertThat(cn.opinionDue(Regime.EU, received, null, null)).isEqualTo(endOfDay(2027, 2, 28));
    }

    @Test
    void theCnExtensionUpToThirtyDaysAndNoneForEu() {
        WbClock eu = installation(Regime.EU);
        assertThat(eu.maxExtensionDays(Regime.CN)).isEqualTo(30);
        assertThat(eu.maxExtensionDays(Regime.EU)).isZero();
        assertThatCode(() -> WbExtensionRule.checkAllowed(Regime.CN)).doesNotThrowAnyException();
        assertThatCode(() -> Investigation.checkExtension(eu.maxExtensionDays(Regime.CN), 29, 1)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Investigation.checkExtension(eu.maxExtensionDays(Regime.CN), 29, 2))
                .isInstanceOf(BadUserRequestException.class);
        assertThatThrownBy(() -> WbExtensionRule.checkAllowed(Regime.EU)).isInstanceOf(StateRuleViolation.class)
                .hasMessageContaining("Art. 9(1)(f)");
        assertThat(WbExtensionRule.allowsExtension(Regime.EU)).isFalse();
    }

    @Test
    void theBreachNamesWhatIsOverdueAndTheDayItWasDue() {
        assertThat(OverdueEscalations.breach(Overdue.ACCEPTANCE, "2026-11-17")).startsWith("受理决定逾期").contains("2026-11-17");
        assertThat(OverdueEscalations.breach(Overdue.FEEDBACK, "2027-02-02")).startsWith("反馈举报人逾期").contains("2027-02-02");
    }
}
