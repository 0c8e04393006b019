package com.casedesk.complaint;

public enum ComplaintStatus {
    /** Registered; grading runs in the same transaction, so callers rarely see this. */
    RECEIVED,
    IN_HANDLING,
    DECIDED,
    FEEDBACK_SENT,
    CLOSED,
    /** The complainant withdrew; handling ended the day the withdrawal was received (Art. 15). */
    WITHDRAWN,
    /**
     * A repeat of an open complaint (Art. 18 ¶3), merged into it at intake or by staff: handled only
     * through that case ({@code mergedInto}), never open or counted on its own.
     */
    MERGED;

    public boolean isOpen() {
        return this != CLOSED && this != WITHDRAWN && this != MERGED;
    }
}
