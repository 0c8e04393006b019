package com.casedesk.complaint.stuck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.support.UnitTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Stuck cases (002 §5): open, clock running, nothing in the event log for N days. */
@UnitTest
class StuckRuleTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    private final StuckRule threeDays = new StuckRule(Duration.ofDays(3));

    @Test
    void exactlyNDaysWithoutActivityIsStuckNMinusOneIsNot() {
        assertThat(threeDays.isStuck(ComplaintStatus.IN_HANDLING, false, NOW.minus(Duration.ofDays(3)), NOW)).isTrue();
        assertThat(threeDays.isStuck(ComplaintStatus.IN_HANDLING, false, NOW.minus(Duration.ofDays(2)), NOW)).isFalse();
    }

    @Test
    void oneSecondOfActivityAfterTheCutoffKeepsACaseOffTheList() {
        Instant cutoff = threeDays.cutoff(NOW);

        assertThat(cutoff).isEqualTo(NOW.minus(Duration.ofDays(3)));
        assertThat(threeDays.isStuck(ComplaintStatus.IN_HANDLING, false, cutoff.plusSeconds(1), NOW)).isFalse();
        assertThat(threeDays.isStuck(ComplaintStatus.IN_HANDLING, false, cutoff.minusSeconds(1), NOW)).isTrue();
    }

    @Test
    void aPausedClockIsNotStuck() {
        assertThat(threeDays.isStuck(ComplaintStatus.IN_HANDLING, true, NOW.minus(Duration.ofDays(30)), NOW)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"CLOSED", "WITHDRAWN", "MERGED"})
    void aCaseThatEndedIsNotStuck(ComplaintStatus status) {
        assertThat(threeDays.isStuck(status, false, NOW.minus(Duration.ofDays(30)), NOW)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ComplaintStatus.class, names = {"RECEIVED", "IN_HANDLING", "DECIDED", "FEEDBACK_SENT"})
    void everyOpenStatusCanBeStuck(ComplaintStatus status) {
        assertThat(threeDays.isStuck(status, false, NOW.minus(Duration.ofDays(3)), NOW)).isTrue();
    }

    @Test
    void theWaitMustBePositive() {
        assertThatThrownBy(() -> new StuckRule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stuck-after must be positive");
        assertThatThrownBy(() -> new StuckRule(Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"P3D, 3天", "PT12H, 12小时", "PT90M, 90分钟", "PT36H, 36小时", "PT30S, 1分钟"})
    void theWaitInWords(Duration wait, String words) {
        assertThat(new StuckRule(wait).inWords()).isEqualTo(words);
    }
}
