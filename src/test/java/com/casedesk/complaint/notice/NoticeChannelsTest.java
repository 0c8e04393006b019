package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplainantContact;
import com.casedesk.complaint.PreferredChannel;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.support.UnitTest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 16, "the complainant's channel decides": every intake channel with every kind of contact, and a preference. */
@UnitTest
class NoticeChannelsTest {

    static final String MOBILE = "13800138000";
    static final String LANDLINE = "010-65001234";
    static final String EMAIL = "zhang@example.com";
    static final String ADDRESS = "北京市朝阳区建国路1号院2号楼301室";

    /** phone: M mobile, L landline, - none; email and address: Y or -. */
    private static ComplainantContact contact(String phone, String email, String address, PreferredChannel preferred) {
        return new ComplainantContact(switch (phone) {
            case "M" -> MOBILE;
            case "L" -> LANDLINE;
            default -> null;
        }, "Y".equals(email) ? EMAIL : null, "Y".equals(address) ? ADDRESS : null, preferred);
    }

    @ParameterizedTest(name = "{0} intake, phone {1} e-mail {2} address {3} → {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ONLINE             | M | - | - | SMS    | intake channel ONLINE             | false
            APP                | M | Y | Y | SMS    | intake channel APP                | false
            HOTLINE            | M | Y | - | SMS    | intake channel HOTLINE            | false
            BRANCH             | M | - | Y | SMS    | intake channel BRANCH             | false
            REGULATOR_TRANSFER | M | Y | Y | SMS    | intake channel REGULATOR_TRANSFER | false
            ONLINE             | - | Y | Y | EMAIL  | fallback: no mobile number        | true
            HOTLINE            | L | Y | - | EMAIL  | fallback: no mobile number        | true
            BRANCH             | - | - | Y | LETTER | fallback: no mobile number        | true
            APP                | L | - | Y | LETTER | fallback: no mobile number        | true
            EMAIL              | M | Y | Y | EMAIL  | intake channel EMAIL              | false
            EMAIL              | - | Y | - | EMAIL  | intake channel EMAIL              | false
            EMAIL              | M | - | Y | SMS    | fallback: no e-mail address       | true
            EMAIL              | - | - | Y | LETTER | fallback: no e-mail address       | true
            LETTER             | M | Y | Y | LETTER | intake channel LETTER             | false
            LETTER             | - | - | Y | LETTER | intake channel LETTER             | false
            LETTER             | M | Y | - | SMS    | fallback: no postal address       | true
            LETTER             | L | Y | - | EMAIL  | fallback: no postal address       | true
            """)
    void theIntakeChannelDecidesThenSmsEmailLetter(Channel intake, String phone, String email, String address,
                                                   NotificationChannel expected, String why, boolean fallback) {
        NoticeChannels.Route route = NoticeChannels.choose(intake, contact(phone, email, address, null));

        assertThat(route.channel()).isEqualTo(expected);
        assertThat(route.recipient()).isEqualTo(switch (expected) {
            case SMS -> MOBILE;
            case EMAIL -> EMAIL;
            default -> ADDRESS;
        });
        assertThat(route.why()).isEqualTo(why);
        assertThat(route.isFallback()).isEqualTo(fallback);
    }

    @ParameterizedTest(name = "{0} intake, preferred {1}")
    @CsvSource({"ONLINE, LETTER", "HOTLINE, EMAIL", "EMAIL, SMS", "EMAIL, LETTER", "LETTER, SMS", "LETTER, EMAIL",
            "BRANCH, SMS", "REGULATOR_TRANSFER, LETTER"})
    void aStatedPreferenceWinsWhenItsContactExists(Channel intake, PreferredChannel preferred) {
        NoticeChannels.Route route = NoticeChannels.choose(intake, contact("M", "Y", "Y", preferred));

        assertThat(route.channel().name()).isEqualTo(preferred.name());
        assertThat(route.why()).isEqualTo("preferred");
        assertThat(route.isFallback()).isFalse();
    }

    @Test
    void aPreferenceWithoutItsContactFallsBackAndSaysSo() {
        NoticeChannels.Route route = NoticeChannels.choose(Channel.EMAIL, contact("M", "Y", "-", PreferredChannel.LETTER));

        assertThat(route.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(route.recipient()).isEqualTo(EMAIL);
        assertThat(route.intended()).isEqualTo(NotificationChannel.LETTER);
        assertThat(route.isFallback()).isTrue();
        assertThat(route.why()).isEqualTo("preferred LETTER: no postal address; intake channel EMAIL");
    }

    @Test
    void onlyALandlineIsTriedBySmsAndNoContactAtAllIsALetterForStaff() {
        NoticeChannels.Route landline = NoticeChannels.choose(Channel.HOTLINE, contact("L", "-", "-", null));
        NoticeChannels.Route nothing = NoticeChannels.choose(Channel.LETTER, contact("-", "-", "-", null));

        assertThat(landline.channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(landline.recipient()).isEqualTo(LANDLINE);
        assertThat(landline.isFallback()).isTrue();
        assertThat(landline.why()).startsWith("fallback: no mobile number");
        assertThat(nothing.channel()).isEqualTo(NotificationChannel.LETTER);
        assertThat(nothing.recipient()).isEqualTo(NoticeChannels.NO_ADDRESS);
        assertThat(nothing.isFallback()).isTrue();
        assertThat(nothing.why()).contains("no contact on file");
    }

    /** Every intake channel × every contact × every preference: the rule, stated once more, and never a contact in {@code why}. */
    @Test
    void everyCombinationFollowsTheRule() {
        List<PreferredChannel> preferences = new ArrayList<>(List.of(PreferredChannel.values()));
        preferences.add(null);
        int checked = 0;
        for (Channel intake : Channel.values()) {
            for (String phone : List.of("M", "L", "-")) {
                for (String email : List.of("Y", "-")) {
                    for (String address : List.of("Y", "-")) {
                        for (PreferredChannel preferred : preferences) {
                            ComplainantContact contact = contact(phone, email, address, preferred);
                            NoticeChannels.Route route = NoticeChannels.choose(intake, contact);
                            assertThat(route.why()).doesNotContain(MOBILE, LANDLINE, EMAIL, ADDRESS);
                            assertThat(route.channel()).isEqualTo(expected(intake, contact));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(Channel.values().length * 3 * 2 * 2 * 4);
    }

    private static NotificationChannel expected(Channel intake, ComplainantContact c) {
        boolean sms = c.phone() != null && c.phone().equals(MOBILE);
        boolean email = c.email() != null;
        boolean letter = c.address() != null;
        if (c.preferredChannel() == PreferredChannel.SMS && sms || c.preferredChannel() == PreferredChannel.EMAIL && email
                || c.preferredChannel() == PreferredChannel.LETTER && letter) {
            return NotificationChannel.valueOf(c.preferredChannel().name());
        }
        if (intake == Channel.EMAIL && email) {
            return NotificationChannel.EMAIL;
        }
        if (intake == Channel.LETTER && letter) {
            return NotificationChannel.LETTER;
        }
        if (intake != Channel.EMAIL && intake != Channel.LETTER && sms) {
            return NotificationChannel.SMS;
        }
        return sms ? NotificationChannel.SMS : email ? NotificationChannel.EMAIL : letter ? NotificationChannel.LETTER
                : c.phone() != null ? NotificationChannel.SMS : NotificationChannel.LETTER;
    }

    @Test
    void mobileNumbersAreRecognisedWithPrefixesAndSeparators() {
        assertThat(List.of("13800138000", "+86 138 0013 8000", "0086-13800138000", "8613800138000", "199-0000-0000"))
                .allMatch(ComplainantContact::isMobile);
        assertThat(List.of("010-65001234", "12800138000", "1380013800", "+44 7700 900123", ""))
                .noneMatch(ComplainantContact::isMobile);
        assertThat(ComplainantContact.isMobile(null)).isFalse();
    }

    @Test
    void afterAFailureTheNextChannelWithAContactThatWasNotTried() {
        ComplainantContact all = contact("M", "Y", "Y", null);

        assertThat(NoticeChannels.after(NotificationChannel.SMS, Set.of(NotificationChannel.SMS), all, "UNDELIV"))
                .hasValueSatisfying(r -> {
                    assertThat(r.channel()).isEqualTo(NotificationChannel.EMAIL);
                    assertThat(r.recipient()).isEqualTo(EMAIL);
                    assertThat(r.why()).isEqualTo("fallback: SMS failed (UNDELIV)");
                });
        assertThat(NoticeChannels.after(NotificationChannel.EMAIL, Set.of(NotificationChannel.EMAIL), all, null))
                .hasValueSatisfying(r -> assertThat(r.recipient()).isEqualTo(ADDRESS));
        // no e-mail address: from SMS straight to a letter
        assertThat(NoticeChannels.after(NotificationChannel.SMS, Set.of(NotificationChannel.SMS),
                contact("M", "-", "Y", null), null)).hasValueSatisfying(r ->
                assertThat(r.channel()).isEqualTo(NotificationChannel.LETTER));
        // a letter already went in this chain
        assertThat(NoticeChannels.after(NotificationChannel.EMAIL,
                EnumSet.of(NotificationChannel.LETTER, NotificationChannel.EMAIL), all, null)).isEmpty();
        // nothing after a letter; no contact left; staff alerts and notices told in person never fall back
        assertThat(NoticeChannels.after(NotificationChannel.LETTER, Set.of(NotificationChannel.LETTER), all, null)).isEmpty();
        assertThat(NoticeChannels.after(NotificationChannel.SMS, Set.of(NotificationChannel.SMS),
                contact("M", "-", "-", null), null)).isEmpty();
        assertThat(NoticeChannels.after(NotificationChannel.INTERNAL, Set.of(), all, null)).isEmpty();
        assertThat(NoticeChannels.after(NotificationChannel.IN_PERSON, Set.of(), all, null)).isEmpty();
    }
}
