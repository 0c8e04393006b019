package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@UnitTest
class ComplaintPolicyTest {

    private static final BigDecimal ABOVE = new BigDecimal("10000");

    @Test
    void compensationExactlyAtTheThresholdNeedsNoApprovalOneFenAboveDoes() {
        assertThat(ComplaintPolicy.needsCompensationApproval(10_000.0, ABOVE)).isFalse();
        assertThat(ComplaintPolicy.needsCompensationApproval(new BigDecimal("10000.00"), ABOVE)).isFalse();
        assertThat(ComplaintPolicy.needsCompensationApproval(10_000.01, ABOVE)).isTrue();
        assertThat(ComplaintPolicy.needsCompensationApproval("10000.01", ABOVE)).isTrue();
    }

    @Test
    void noCompensationNeedsNoApproval() {
        assertThat(ComplaintPolicy.needsCompensationApproval(null, ABOVE)).isFalse();
        assertThat(ComplaintPolicy.needsCompensationApproval(" ", ABOVE)).isFalse();
        assertThat(ComplaintPolicy.needsCompensationApproval(0, BigDecimal.ZERO)).isFalse();
    }

    @Test
    void anotherRoundFollowsUntilTheLastAllowedRoundThenTheSupervisorDecides() {
        assertThat(ComplaintPolicy.anotherRoundAfterUnsatisfied(2, 3)).isTrue();
        assertThat(ComplaintPolicy.anotherRoundAfterUnsatisfied(3, 3)).isFalse();
        assertThat(ComplaintPolicy.anotherRoundAfterUnsatisfied(4, 3)).isFalse();
    }
}
