package com.casedesk.complaint;

public enum ComplaintStatus {
    /** Registered; grading runs in the same transaction, so callers rarely see this. */
    RECEIVED,
    IN_HANDLING,
    DECIDED,
    FEEDBACK_SENT,
    CLOSED
}
