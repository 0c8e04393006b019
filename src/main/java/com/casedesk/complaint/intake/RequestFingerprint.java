package com.casedesk.complaint.intake;

import com.casedesk.complaint.ComplaintSubmission;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * A hash of what a submission says, independent of key order and white space, so a retry is
 * recognised and a reused key with different content is not. The receipt date counts as the instant it
 * names, whatever offset it was written with.
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
                s.flags() == null ? null : new TreeSet<>(s.flags()), s.jointComplainants(),
                s.receivedAt() == null ? null : s.receivedAt().toInstant().atOffset(ZoneOffset.UTC),
                s.receivedAtEvidence(), s.receivedAtReason(), s.preferredChannel());
        ObjectNode tree = json.valueToTree(canonical);
        // a submission without them hashes as before they existed, so keys stored earlier still replay
        List.of("receivedAt", "receivedAtEvidence", "receivedAtReason", "preferredChannel").forEach(field -> {
            if (tree.path(field).isNull()) {
                tree.remove(field);
            }
        });
        if (tree.get("complainant") instanceof ObjectNode complainant && complainant.path("address").isNull()) {
            complainant.remove("address");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(tree));
            return HexFormat.of().formatHex(digest);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a complaint submission", e);
        }
    }
}
