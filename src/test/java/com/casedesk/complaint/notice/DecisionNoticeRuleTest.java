package com.casedesk.complaint.notice;

import static com.casedesk.complaint.ClockFixtures.endOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** On time = the decision notice's proof by the statutory date (Art. 18, 21, 43: the last day counts). */
@UnitTest
class DecisionNoticeRuleTest {

    private static final Instant DUE = endOf(LocalDate.of(2026, 12, 16));

    @Test
    void provedOnTheLastMomentOfTheLastDayIsOnTimeOneSecondLaterIsLate() {
        assertThat(DecisionNoticeRule.onTime(DUE, DUE)).isTrue();
        assertThat(DecisionNoticeRule.onTime(DUE.minusSeconds(86_400), DUE)).isTrue();
        assertThat(DecisionNoticeRule.onTime(DUE.plusSeconds(1), DUE)).isFalse();
    }

    @Test
    void noProofIsNotOnTime() {
        assertThat(DecisionNoticeRule.onTime(null, DUE)).isFalse();
    }
}
