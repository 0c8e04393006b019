package com.casedesk.complaint.intake;

import com.casedesk.complaint.ComplaintSubmission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * A hash of what a submission says, independent of key order and white space, so a retry is
 * recognised and a reused key with different content is not.
 */
@Component
class RequestFingerprint {

    private final ObjectMapper json;

    RequestFingerprint(ObjectMapper json) {
        this.json = json;
    }

    String of(ComplaintSubmission s) {
        ComplaintSubmission canonical = new ComplaintSubmission(s.channel(), s.complainant(), s.respondent(),
                s.businessLine(), s.category(), s.request(), s.facts(),
                s.claimedAmount() == null ? null : s.claimedAmount().stripTrailingZeros(),
                s.flags() == null ? null : new TreeSet<>(s.flags()), s.jointComplainants());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(canonical));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a complaint submission", e);
        }
    }
}
