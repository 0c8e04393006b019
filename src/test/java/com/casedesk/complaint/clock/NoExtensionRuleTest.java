package com.casedesk.complaint.clock;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A regime whose table gives no extension (UK-DISP: 8 weeks) refuses every extension, complex or not. */
@UnitTest
class NoExtensionRuleTest {

    private static final Instant DUE = Instant.parse("2026-12-28T15:59:59Z");

    @Test
    void noExtensionUnderARegimeWithoutOneAndTheCnRuleUnchangedWithOne() {
        Instant before = DUE.minusSeconds(1);
        assertThat(ClockRules.extensionRefusal(true, false, 56, 0, 56, before, DUE)).get().asString()
                .contains("no extension").contains("56");
        assertThat(ClockRules.extensionRefusal(false, false, 56, 0, 56, before, DUE)).get().asString().contains("no extension");
        assertThat(ClockRules.extensionRefusal(true, false, 30, 1, 60, before, DUE)).isEmpty();
    }
}
