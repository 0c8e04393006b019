package com.casedesk.complaint.actions;

import com.casedesk.complaint.CaseStateConflictException;
import java.time.Instant;

/** Art. 15 as plain values: from when a withdrawal ends handling. */
final class Withdrawal {

    private Withdrawal() {
    }

    /**
     * When handling ends: the stated receipt of the withdrawal, or now when none is stated. A receipt
     * before the complaint's own or in the future is refused; those two instants themselves are accepted.
     */
    static Instant receivedAt(Instant stated, Instant complaintReceivedAt, Instant now) {
        Instant at = stated == null ? now : stated;
        if (at.isAfter(now) || at.isBefore(complaintReceivedAt)) {
            throw new CaseStateConflictException("撤诉时间不符 Withdrawal time out of range",
                    "The withdrawal must have been received between the complaint's receipt and now.");
        }
        return at;
    }
}
