package com.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The one timestamp that proves a notice (Art. 21), and when a late delivery report can be right. */
@UnitTest
class NoticeProofTest {

    private static final Instant ACCEPTED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant DELIVERED = Instant.parse("2026-12-03T06:30:00Z");
    private static final Instant NOW = Instant.parse("2026-12-05T00:00:00Z");

    @Test
    void deliveryWhereTheChannelReportsItElseAcceptanceElseNothing() {
        assertThat(NoticeReceipt.proofAt(ACCEPTED, DELIVERED)).isEqualTo(DELIVERED);
        assertThat(NoticeReceipt.proofAt(ACCEPTED, null)).isEqualTo(ACCEPTED);
        assertThat(NoticeReceipt.proofAt(null, null)).isNull();
        assertThat(NoticeReceipt.accepted("r", ACCEPTED).proofAt()).isEqualTo(ACCEPTED);
        assertThat(NoticeReceipt.delivered("r", ACCEPTED, ACCEPTED).proofAt()).as("delivered on acceptance")
                .isEqualTo(ACCEPTED);
    }

    @Test
    void aDeliveryIsRecordedFromTheMomentOfAcceptanceUpToNow() {
        assertThat(DeliveryReceipts.problem(ACCEPTED, ACCEPTED, NOW)).isNull();
        assertThat(DeliveryReceipts.problem(ACCEPTED, NOW, NOW)).isNull();
        assertThat(DeliveryReceipts.problem(ACCEPTED, ACCEPTED.minusSeconds(1), NOW)).contains("before the channel accepted");
        assertThat(DeliveryReceipts.problem(ACCEPTED, NOW.plusSeconds(1), NOW)).contains("future");
        assertThat(DeliveryReceipts.problem(null, DELIVERED, NOW)).contains("not sent");
        assertThat(DeliveryReceipts.problem(ACCEPTED, null, NOW)).contains("must be given");
    }
}
