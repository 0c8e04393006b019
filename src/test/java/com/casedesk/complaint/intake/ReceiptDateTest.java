package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.support.UnitTest;
import com.casedesk.web.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

@UnitTest
class ReceiptDateTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final Duration LIMIT = Duration.ofDays(30);

    private static OffsetDateTime beijing(Instant at) {
        return at.atOffset(ZoneOffset.ofHours(8));
    }

    private static java.util.List<String> fields(Channel channel, Instant at, String evidence, String reason) {
        return ReceiptDate.problems(channel, at == null ? null : beijing(at), evidence, reason, NOW, LIMIT).stream()
                .map(FieldProblem::field).toList();
    }

    @Test
    void nowIsAcceptedASecondLaterIsTheFuture() {
        assertThat(fields(Channel.LETTER, NOW, "邮戳", null)).isEmpty();
        assertThat(fields(Channel.LETTER, NOW.plusSeconds(1), "邮戳", null)).containsExactly("receivedAt");
    }

    @Test
    void thirtyDaysAgoNeedsNoReasonASecondOlderDoes() {
        assertThat(fields(Channel.REGULATOR_TRANSFER, NOW.minus(LIMIT), "转办函 12号", null)).isEmpty();
        assertThat(fields(Channel.REGULATOR_TRANSFER, NOW.minus(LIMIT).minusSeconds(1), "转办函 12号", null))
                .containsExactly("receivedAtReason");
        assertThat(fields(Channel.REGULATOR_TRANSFER, NOW.minus(LIMIT).minusSeconds(1), "转办函 12号", "寄错网点"))
                .isEmpty();
    }

    @Test
    void aReceiptDateNeedsItsEvidenceAndEvidenceNeedsTheDate() {
        assertThat(fields(Channel.LETTER, NOW.minusSeconds(60), " ", null)).containsExactly("receivedAtEvidence");
        assertThat(fields(Channel.LETTER, null, "邮戳", null)).containsExactly("receivedAtEvidence");
        assertThat(fields(Channel.LETTER, null, null, null)).isEmpty();
    }

    @Test
    void selfServiceChannelsAreReceivedWhenTheyArriveStaffChannelsWhenTheyArrived() {
        assertThat(fields(Channel.ONLINE, NOW.minusSeconds(60), "邮戳", null)).containsExactly("receivedAt");
        assertThat(fields(Channel.APP, NOW.minusSeconds(60), "邮戳", null)).containsExactly("receivedAt");
        assertThat(fields(Channel.HOTLINE, NOW.minusSeconds(60), "来电录音 0915", null)).isEmpty();
        assertThat(ReceiptDate.of(Channel.LETTER, beijing(NOW.minusSeconds(60)), NOW)).isEqualTo(NOW.minusSeconds(60));
        assertThat(ReceiptDate.of(Channel.LETTER, null, NOW)).isEqualTo(NOW);
        assertThat(ReceiptDate.of(Channel.APP, beijing(NOW.minusSeconds(60)), NOW)).isEqualTo(NOW);
    }
}
