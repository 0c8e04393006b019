package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.support.UnitTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

@UnitTest
class RequestFingerprintTest {

    private final ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
    private final RequestFingerprint fingerprint = new RequestFingerprint(json);

    /** The submission as it was before issue 15: the keys clients stored then must still replay. */
    record Before(Channel channel, ComplainantBefore complainant, ComplaintSubmission.Respondent respondent,
                  BusinessLine businessLine, ComplaintCategory category, String request, String facts,
                  BigDecimal claimedAmount, Set<ComplaintFlag> flags, Integer jointComplainants) {
    }

    private static ComplaintSubmission letter(OffsetDateTime receivedAt) {
        return new ComplaintSubmission(Channel.LETTER, new ComplaintSubmission.Complainant("张三", null, "13800138000", null),
                new ComplaintSubmission.Respondent("朝阳支行", "李四"), BusinessLine.INSURANCE, ComplaintCategory.CLAIM_DISPUTE,
                "赔付", "拒赔", new BigDecimal("12000.00"), Set.of(ComplaintFlag.AGITATED), 1, receivedAt,
                receivedAt == null ? null : "邮戳", null);
    }

    @Test
    void withoutAReceiptDateTheFingerprintIsTheOneStoredBefore() throws Exception {
        ComplaintSubmission s = letter(null);
        Before before = new Before(s.channel(), new ComplainantBefore("张三", null, "13800138000", null), s.respondent(), s.businessLine(), s.category(),
                s.request(), s.facts(), s.claimedAmount().stripTrailingZeros(), new TreeSet<>(s.flags()),
                s.jointComplainants());
        String old = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(before)));

        assertThat(fingerprint.of(s)).isEqualTo(old);
    }

    /** The complainant as it was before issue 16: no postal address. */
    record ComplainantBefore(String name, String idNumber, String phone, String email) {
    }

    /** The whole submission before issue 16: no address, no preferred channel. */
    record Before15(Channel channel, ComplainantBefore complainant, ComplaintSubmission.Respondent respondent,
                    BusinessLine businessLine, ComplaintCategory category, String request, String facts,
                    BigDecimal claimedAmount, Set<ComplaintFlag> flags, Integer jointComplainants,
                    OffsetDateTime receivedAt, String receivedAtEvidence, String receivedAtReason) {
    }

    @Test
    void withoutAddressOrPreferredChannelTheFingerprintIsTheOneStoredBeforeIssue16() throws Exception {
        OffsetDateTime receivedAt = OffsetDateTime.parse("2026-11-18T01:00:00Z");
        ComplaintSubmission l = letter(receivedAt);
        // every field of issue 15 given (its code dropped the empty ones from the hash)
        ComplaintSubmission s = new ComplaintSubmission(l.channel(), l.complainant(), l.respondent(), l.businessLine(),
                l.category(), l.request(), l.facts(), l.claimedAmount(), l.flags(), l.jointComplainants(), receivedAt,
                "邮戳", "信件在收发室滞留");
        Before15 before = new Before15(s.channel(), new ComplainantBefore("张三", null, "13800138000", null),
                s.respondent(), s.businessLine(), s.category(), s.request(), s.facts(),
                s.claimedAmount().stripTrailingZeros(), new TreeSet<>(s.flags()), s.jointComplainants(), receivedAt,
                s.receivedAtEvidence(), s.receivedAtReason());
        // hashed as the service did then: through the tree
        String old = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.writeValueAsBytes(json.valueToTree(before))));

        assertThat(fingerprint.of(s)).isEqualTo(old);
    }

    @Test
    void anAddressOrAPreferredChannelChangesTheFingerprint() {
        ComplaintSubmission s = letter(null);
        ComplaintSubmission withAddress = new ComplaintSubmission(s.channel(), new ComplaintSubmission.Complainant("张三",
                null, "13800138000", null, "北京市朝阳区建国路1号"), s.respondent(), s.businessLine(), s.category(),
                s.request(), s.facts(), s.claimedAmount(), s.flags(), s.jointComplainants());
        ComplaintSubmission preferringSms = new ComplaintSubmission(s.channel(), s.complainant(), s.respondent(),
                s.businessLine(), s.category(), s.request(), s.facts(), s.claimedAmount(), s.flags(),
                s.jointComplainants(), null, null, null, com.casedesk.complaint.PreferredChannel.SMS);

        assertThat(fingerprint.of(withAddress)).isNotEqualTo(fingerprint.of(s));
        assertThat(fingerprint.of(preferringSms)).isNotEqualTo(fingerprint.of(s)).isNotEqualTo(fingerprint.of(withAddress));
    }

    @Test
    void theSameInstantInAnotherOffsetIsTheSameAnotherSecondIsNot() {
        OffsetDateTime beijing = OffsetDateTime.parse("2026-11-18T09:00:00+08:00");

        assertThat(fingerprint.of(letter(beijing))).isEqualTo(fingerprint.of(letter(OffsetDateTime.parse("2026-11-18T01:00:00Z"))));
        assertThat(fingerprint.of(letter(beijing))).isNotEqualTo(fingerprint.of(letter(beijing.plusSeconds(1))))
                .isNotEqualTo(fingerprint.of(letter(null)));
    }
}
