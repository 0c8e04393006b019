package com.casedesk.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

/** SMS length rules: GSM-7 and UCS-2 parts, the signature counted, shortened at a sentence end, never mid-character. */
@UnitTest
class SmsTextTest {

    private static final String SIGN = "【某银行】";
    private static final String SUFFIX = "详情请查收书面告知或致电客服。";

    @Test
    void latinTextIsGsm7OneHundredSixtyInOneThenOneHundredFiftyThreePerPart() {
        assertThat(SmsText.units("a".repeat(160))).isEqualTo(160);
        assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
        assertThat(SmsText.unicode("Case TS1 decided, see letter.")).isFalse();
    }

    @Test
    void gsm7ExtensionCharactersTakeTwoSeptetsAndStayWhole() {
        assertThat(SmsText.units("€")).isEqualTo(2);
        assertThat(SmsText.segments("a".repeat(159) + "€")).as("161 septets").isEqualTo(2);
        // 152 septets then an escape pair: the pair does not straddle the part boundary
        assertThat(SmsText.segments("a".repeat(152) + "€" + "a".repeat(152))).isEqualTo(3);
    }

    @Test
    void chineseIsUcs2SeventyInOneSixtySevenPerPart() {
        assertThat(SmsText.unicode("您好")).isTrue();
        assertThat(SmsText.segments("投".repeat(70))).isEqualTo(1);
        assertThat(SmsText.segments("投".repeat(71))).isEqualTo(2);
        assertThat(SmsText.segments("投".repeat(134))).isEqualTo(2);
        assertThat(SmsText.segments("投".repeat(135))).isEqualTo(3);
        // one Latin letter among Chinese makes nothing cheaper
        assertThat(SmsText.segments("a" + "投".repeat(69))).isEqualTo(1);
    }

    @Test
    void anEmojiIsASurrogatePairTwoUnitsAndIsNeverSplitAcrossParts() {
        String emoji = "😀";
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(1);
        assertThat(SmsText.units(emoji)).isEqualTo(2);
        assertThat(SmsText.segments("投".repeat(68) + emoji)).as("70 units").isEqualTo(1);
        assertThat(SmsText.segments("投".repeat(69) + emoji)).as("71 units").isEqualTo(2);
        // 66 units then the pair: it would straddle unit 67, so it opens the second part
        assertThat(SmsText.segments("投".repeat(66) + emoji + "投".repeat(65))).as("66 | 2 + 65").isEqualTo(2);
        assertThat(SmsText.segments("投".repeat(66) + emoji + "投".repeat(66))).as("134 units, yet 66 | 67 | 1")
                .isEqualTo(3);
    }

    @Test
    void theSignatureIsCountedWithTheText() {
        SmsText fits = SmsText.fit(SIGN, "投".repeat(65), 5, SUFFIX);
        assertThat(fits.segments()).as("5 + 65 = 70").isEqualTo(1);
        assertThat(SmsText.fit(SIGN, "投".repeat(66), 5, SUFFIX).segments()).as("71").isEqualTo(2);
        assertThat(fits.text()).isEqualTo("投".repeat(65));
        assertThat(fits.shortened()).isFalse();
    }

    @Test
    void upToTheMaximumOfPartsTheTextGoesWhole() {
        String text = "投".repeat(67 * 5 - SIGN.length());
        SmsText whole = SmsText.fit(SIGN, text, 5, SUFFIX);
        assertThat(whole.text()).isEqualTo(text);
        assertThat(whole.segments()).isEqualTo(5);
        assertThat(whole.shortened()).isFalse();
    }

    @Test
    void longerIsShortenedAtTheLastSentenceEndThatFitsFollowedByTheSuffix() {
        String first = "您的投诉TS20261201000001已办结。";
        String second = "处理结果：" + "同意退还手续费".repeat(10) + "！";
        String third = "如不服，可在收到告知之日起" + "三十日内申请核查".repeat(30) + "。";
        SmsText sms = SmsText.fit(SIGN, first + second + third, 2, SUFFIX);
        assertThat(sms.shortened()).isTrue();
        assertThat(sms.text()).isEqualTo(first + second + SUFFIX);
        assertThat(sms.segments()).isLessThanOrEqualTo(2);

        SmsText tighter = SmsText.fit(SIGN, first + second + third, 1, SUFFIX);
        assertThat(tighter.text()).isEqualTo(first + SUFFIX);
        assertThat(tighter.segments()).isEqualTo(1);
    }

    @Test
    void aShortenedTextNeverEndsInHalfASurrogatePair() {
        String text = "😀".repeat(40) + "。" + "😀".repeat(400);
        SmsText sms = SmsText.fit(SIGN, text, 2, SUFFIX);
        assertThat(sms.text()).isEqualTo("😀".repeat(40) + "。" + SUFFIX);
        assertThat(sms.text().codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(Character.isHighSurrogate(sms.text().charAt(sms.text().length() - 1))).isFalse();
        assertThat(sms.segments()).isLessThanOrEqualTo(2);
    }

    @Test
    void withoutASentenceEndThatFitsItBreaksAfterAClauseAndElseSendsOnlyTheSuffix() {
        String clauses = "您的投诉已办结，" + "处理结果详见书面告知".repeat(40);
        assertThat(SmsText.fit(SIGN, clauses, 1, SUFFIX).text()).isEqualTo("您的投诉已办结，" + SUFFIX);
        assertThat(SmsText.fit(SIGN, "投".repeat(500), 1, SUFFIX).text()).isEqualTo(SUFFIX);
    }

    @Test
    void exactlyAtTheBoundaryOfTheMaximumNothingIsCut() {
        String exact = "投".repeat(67 * 2 - SIGN.length() - 1) + "。";
        SmsText sms = SmsText.fit(SIGN, exact, 2, SUFFIX);
        assertThat(sms.shortened()).isFalse();
        assertThat(sms.segments()).isEqualTo(2);
        SmsText over = SmsText.fit(SIGN, exact + "投", 2, SUFFIX);
        assertThat(over.shortened()).isTrue();
    }
}
