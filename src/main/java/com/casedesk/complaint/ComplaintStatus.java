package com.casedesk.complaint;

public enum ComplaintStatus {
    /** Registered; grading runs in the same transaction, so callers rarely see this. */
    RECEIVED,
    IN_HANDLING,
    DECIDED,
    FEEDBACK_SENT,
    CLOSED,
    /** The complainant withdrew; handling ended the day the withdrawal was received (Art. 15). */
    WITHDRAWN;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN;
    }
}
