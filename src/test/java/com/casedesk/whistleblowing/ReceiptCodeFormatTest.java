package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

/** What a reporter types as their receipt code: read back with or without grouping, twenty digits exactly. */
@UnitTest
class ReceiptCodeFormatTest {

    @Test
    void spacesAndDashesAreIgnoredAndTheInputIsCutTo64Characters() {
        assertThat(ReceiptCodes.normalized(" 4821-0937 5512\t8406 1193 ")).isEqualTo("48210937551284061193");
        assertThat(ReceiptCodes.normalized(null)).isEmpty();
        assertThat(ReceiptCodes.normalized("1".repeat(64))).hasSize(64);
        assertThat(ReceiptCodes.normalized("1".repeat(65))).hasSize(64);
    }

    @Test
    void onlyExactlyTwentyDigitsAreWellFormed() {
        assertThat(ReceiptCodes.wellFormed("1".repeat(20))).isTrue();
        assertThat(ReceiptCodes.wellFormed("1".repeat(19))).isFalse();
        assertThat(ReceiptCodes.wellFormed("1".repeat(21))).isFalse();
        assertThat(ReceiptCodes.wellFormed("1".repeat(19) + "a")).isFalse();
        assertThat(ReceiptCodes.wellFormed("1".repeat(19) + "１")).isFalse();
    }

    @Test
    void theCodeIsShownInGroupsOfFour() {
        assertThat(ReceiptCodes.grouped("48210937551284061193")).isEqualTo("4821 0937 5512 8406 1193");
    }
}
