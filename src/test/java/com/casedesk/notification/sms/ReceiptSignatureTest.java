package com.casedesk.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The receipt signature: HMAC-SHA256 over "timestamp.body", within five minutes, from allowed sources. */
@UnitTest
class ReceiptSignatureTest {

    private static final String SECRET = "s3cret";
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final String TS = String.valueOf(NOW.getEpochSecond());
    private static final byte[] BODY = "{\"messageId\":\"m-1\",\"status\":\"DELIVERED\",\"at\":\"2026-12-06T07:59:00Z\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theDocumentedExampleSignsAsOpensslDoes() {
        // api.md: printf '%s.%s' 1765008000 '{}' | openssl dgst -sha256 -hmac s3cret
        assertThat(ReceiptSignature.sign(SECRET, "1765008000", "{}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("sha256=2671f99a5bad30a1e13b79b3262ee8fd73c8105085de5be001c5a020bc4ca03d");
    }

    @Test
    void aCorrectSignatureWithinFiveMinutesIsTakenAnythingElseIsNot() {
        String signature = ReceiptSignature.sign(SECRET, TS, BODY);
        assertThat(ReceiptSignature.problem(SECRET, signature, TS, BODY, NOW)).isNull();
        assertThat(ReceiptSignature.problem(SECRET, signature.toUpperCase().replace("SHA256=", "sha256="), TS, BODY, NOW))
                .as("hex in capitals").isNull();
        assertThat(ReceiptSignature.problem(SECRET, signature, TS, BODY, NOW.plusSeconds(300))).isNull();
        assertThat(ReceiptSignature.problem(SECRET, signature, TS, BODY, NOW.plusSeconds(301))).contains("outside");
        assertThat(ReceiptSignature.problem(SECRET, signature, TS, BODY, NOW.minusSeconds(301))).contains("outside");
        assertThat(ReceiptSignature.problem("other", signature, TS, BODY, NOW)).contains("does not match");
        assertThat(ReceiptSignature.problem(SECRET, signature, TS, "{}".getBytes(StandardCharsets.UTF_8), NOW))
                .contains("does not match");
        assertThat(ReceiptSignature.problem(SECRET, signature.substring(0, 70), TS, BODY, NOW)).contains("does not match");
        assertThat(ReceiptSignature.problem(SECRET, null, TS, BODY, NOW)).contains("missing");
        assertThat(ReceiptSignature.problem(SECRET, signature, "yesterday", BODY, NOW)).contains("epoch seconds");
        assertThat(ReceiptSignature.problem(null, signature, TS, BODY, NOW)).contains("no receipt secret");
        assertThat(ReceiptSignature.problem("", signature, TS, BODY, NOW)).contains("no receipt secret");
    }

    @Test
    void withSourcesConfiguredOnlyThoseAddressesMaySend() {
        assertThat(SmsReceiptController.allowedSource(List.of(), "203.0.113.9")).isTrue();
        assertThat(SmsReceiptController.allowedSource(List.of("198.51.100.7", "198.51.100.8"), "198.51.100.8")).isTrue();
        assertThat(SmsReceiptController.allowedSource(List.of("198.51.100.7"), "203.0.113.9")).isFalse();
    }
}
