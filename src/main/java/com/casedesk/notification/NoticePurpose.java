package com.casedesk.notification;

public enum NoticePurpose {
    /** 受理告知: receipt confirmed and expected handling time. */
    ACKNOWLEDGEMENT,
    /** 处理结果告知 (Art. 19): findings, basis, result and remedies. */
    DECISION,
    /** Reminder to the handling group before the reply deadline. */
    REMINDER,
    /** The reply deadline was extended (Art. 18: the complainant must be told). */
    EXTENSION,
    /** The clock is paused for outside appraisal or mediation (Art. 18, 23: told promptly). */
    PAUSE,
    /** Report to senior management (重大投诉 at intake, Level 1 outcome at close). */
    MANAGEMENT_REPORT,
    /** Result of a 核查 review (Art. 20). */
    REVIEW_DECISION,
    /** Reminders and escalations of rectification actions (整改). */
    RECTIFICATION,
    /**
     * Internal alerts on a level path (002 §3): a Level 1 case for the department head at once, a
     * Level 2 hand-over or a Level 1 emergency meeting overdue.
     */
    LEVEL_ALERT,
    /**
     * An escalation or exception task was created (a user task marked {@code staffAlert} in its model):
     * its people are told that it waits, with its due date and link.
     */
    ESCALATION
}
