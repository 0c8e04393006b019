package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class ReceiptCodesTest {

    private final ReceiptCodes receipts = new ReceiptCodes(new WhistleblowingProperties(
            "test-pepper-of-at-least-32-characters!", Map.of(), null, 4, 20, Duration.ofHours(1), 300, Duration.ofMinutes(5),
            100_000));

    @Test
    void codesAreLongRandomDigitsGroupedByFourAndReadBackWithOrWithoutSpaces() {
        String code = receipts.newCode();

        assertThat(code).matches("\\d{20}");
        assertThat(receipts.newCode()).isNotEqualTo(code);
        String shown = ReceiptCodes.grouped(code);
        assertThat(shown).matches("\\d{4}( \\d{4}){4}");
        assertThat(ReceiptCodes.normalized(shown)).isEqualTo(code);
        assertThat(receipts.lookup(ReceiptCodes.normalized(shown))).isEqualTo(receipts.lookup(code)).hasSize(64);
    }

    @Test
    void theVerifierIsASlowHashThatMatchesOnlyItsCode() {
        String code = receipts.newCode();
        String verifier = receipts.verifier(code);

        assertThat(verifier).startsWith("$2").doesNotContain(code);
        assertThat(receipts.matches(code, verifier)).isTrue();
        assertThat(receipts.matches(receipts.newCode(), verifier)).isFalse();
        assertThat(receipts.matches(code, null)).isFalse();
    }
}
