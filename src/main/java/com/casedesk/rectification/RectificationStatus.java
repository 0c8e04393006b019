package com.casedesk.rectification;

/** Where a rectification action (整改措施) stands. */
public enum RectificationStatus {
    /** Ordered and not yet carried out: reminders and escalations run. */
    OPEN,
    /** The owner recorded the result (整改结果). */
    DONE
}
