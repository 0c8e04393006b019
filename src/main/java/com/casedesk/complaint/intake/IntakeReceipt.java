package com.casedesk.complaint.intake;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintStatus;
import java.time.Instant;

/** The answer to an intake: what the complainant needs to follow the case. */
public record IntakeReceipt(String caseNumber, ComplaintStatus status, Integer level, Instant receivedAt,
                            Instant replyDueBy) {

    /**
     * As an unauthenticated caller sees it: a repeat merged into an open case reads like a fresh case in
     * handling, so the answer reveals no other case (issue 13 §5). Its number, grade and deadline are its
     * own already.
     */
    IntakeReceipt forPublic() {
        return status == ComplaintStatus.MERGED
                ? new IntakeReceipt(caseNumber, ComplaintStatus.IN_HANDLING, level, receivedAt, replyDueBy) : this;
    }

    public static IntakeReceipt of(Complaint complaint) {
        return new IntakeReceipt(complaint.getCaseNumber(), complaint.getStatus(), complaint.getLevel(),
                complaint.getReceivedAt(), complaint.getReplyDueBy());
    }
}
