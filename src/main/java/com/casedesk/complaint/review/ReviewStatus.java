package com.casedesk.complaint.review;

/** Where a 核查 review stands. At most one review of a case is {@link #OPEN} at a time. */
public enum ReviewStatus {
    /** Registered; the review group has not concluded yet. */
    OPEN,
    /** Concluded; the notice to the complainant follows (see {@code notifiedAt}). */
    DECIDED
}
