package com.casedesk.complaint.intake;

import com.casedesk.complaint.Channel;
import com.casedesk.web.FieldProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a complaint was received (Art. 18: the clock runs from receipt), as plain values. Staff key in a
 * letter or a regulator's transfer days after it arrived, so they may give the real receipt with what
 * shows it; a complainant's own ONLINE or APP submission is received when it arrives and cannot be
 * backdated through the public API.
 */
final class ReceiptDate {

    static final String RECEIVED_AT = "receivedAt";
    static final String EVIDENCE = "receivedAtEvidence";
    static final String REASON = "receivedAtReason";

    private ReceiptDate() {
    }

    /** What is wrong with the receipt a submission claims; empty when it may be registered. */
    static List<FieldProblem> problems(Channel channel, OffsetDateTime receivedAt, String evidence, String reason,
                                       Instant now, Duration maxAge) {
        List<FieldProblem> problems = new ArrayList<>();
        if (receivedAt == null) {
            if (!blank(evidence)) {
                problems.add(new FieldProblem(EVIDENCE, "only together with receivedAt"));
            }
            return problems;
        }
        if (channel != null && channel.isSelfService()) {
            problems.add(new FieldProblem(RECEIVED_AT, "a complainant's own submission (" + channel
                    + ") is received when it arrives: leave it out"));
            return problems;
        }
        Instant at = receivedAt.toInstant();
        if (at.isAfter(now)) {
            problems.add(new FieldProblem(RECEIVED_AT, "must not be in the future"));
        }
        if (blank(evidence)) {
            problems.add(new FieldProblem(EVIDENCE, "is required with receivedAt: what shows the date (postmark,"
                    + " transfer letter date and number)"));
        }
        if (at.isBefore(now.minus(maxAge)) && blank(reason)) {
            problems.add(new FieldProblem(REASON, "is required when receivedAt is more than " + maxAge.toDays()
                    + " days ago: why is it registered so late"));
        }
        return problems;
    }

    /** The receipt the clock runs from: the claimed one for staff channels, else now. */
    static Instant of(Channel channel, OffsetDateTime receivedAt, Instant now) {
        return receivedAt == null || channel.isSelfService() ? now : receivedAt.toInstant();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
