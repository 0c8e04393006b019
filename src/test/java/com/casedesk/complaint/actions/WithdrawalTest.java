package com.casedesk.complaint.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.CaseStateConflictException;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@UnitTest
class WithdrawalTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");

    @Test
    void withoutAStatedReceiptHandlingEndsNow() {
        assertThat(Withdrawal.receivedAt(null, RECEIVED, NOW)).isEqualTo(NOW);
    }

    @Test
    void aReceiptFromTheComplaintsOwnReceiptUpToNowIsTaken() {
        assertThat(Withdrawal.receivedAt(RECEIVED, RECEIVED, NOW)).isEqualTo(RECEIVED);
        assertThat(Withdrawal.receivedAt(NOW, RECEIVED, NOW)).isEqualTo(NOW);
    }

    @Test
    void aReceiptBeforeTheComplaintOrInTheFutureIsRefused() {
        assertThatThrownBy(() -> Withdrawal.receivedAt(RECEIVED.minusMillis(1), RECEIVED, NOW))
                .isInstanceOf(CaseStateConflictException.class)
                .hasMessageContaining("The withdrawal must have been received between the complaint's receipt and now.");
        assertThatThrownBy(() -> Withdrawal.receivedAt(NOW.plusMillis(1), RECEIVED, NOW))
                .isInstanceOf(CaseStateConflictException.class);
    }
}
