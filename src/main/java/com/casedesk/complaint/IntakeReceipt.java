package com.casedesk.complaint;

import java.time.Instant;

/** The answer to an intake: what the complainant needs to follow the case. */
public record IntakeReceipt(String caseNumber, ComplaintStatus status, Integer level, Instant receivedAt,
                            Instant replyDueBy) {

    static IntakeReceipt of(Complaint complaint) {
        return new IntakeReceipt(complaint.getCaseNumber(), complaint.getStatus(), complaint.getLevel(),
                complaint.getReceivedAt(), complaint.getReplyDueBy());
    }
}
