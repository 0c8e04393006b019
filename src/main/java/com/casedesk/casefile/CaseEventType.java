package com.casedesk.casefile;

/** What happened to a case. Statistics and audits group by these names: rename with care. */
public enum CaseEventType {
    RECEIVED,
    GRADED,
    ACKNOWLEDGED,
    TASK_CREATED,
    TASK_ASSIGNED,
    TASK_COMPLETED,
    FINDINGS_RECORDED,
    DECISION_RECORDED,
    DECISION_NOTIFIED,
    REMINDER_SENT,
    ESCALATED,
    /** The statutory reply deadline (Art. 18) passed with the case undecided: a legal breach, not an incident. */
    STATUTORY_DEADLINE_MISSED,
    SUPERVISION_RECORDED,
    CALLBACK_RECORDED,
    REOPENED,
    CLOSED,
    // level paths and grading
    REGRADED,
    MAJOR_COMPLAINT_REPORTED,
    LEADERSHIP_PLAN_RECORDED,
    PROGRESS_REPORTED,
    DEPARTMENT_HEAD_NOTIFIED,
    HANDED_OVER,
    FORWARDED_TO_LEADERSHIP,
    OUTCOME_REPORTED,
    // statutory clock
    CLASSIFIED_COMPLEX,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REJECTED,
    CLOCK_PAUSED,
    CLOCK_RESUMED,
    REPEAT_MERGED,
    CLOCK_RESTARTED,
    /** A repeat with new material awaits the handling group's judgement before the clock restarts (Art. 18 ¶3). */
    REPEAT_REVIEW_REQUESTED,
    /** Who judged whether a repeat brought new facts or reasons, on which submission, and why. */
    REPEAT_JUDGED,
    /** A merged repeat would raise the grade, but the case is past the handling a regrade re-enters. */
    REGRADE_SUGGESTED,
    DEADLINE_CHANGED,
    COMPLAINANT_TOLD,
    // investigation and decision
    DEPARTMENT_ASSIGNED,
    CONFLICT_DECLARED,
    DOCUMENT_ADDED,
    COMPENSATION_APPROVED,
    COMPENSATION_REJECTED,
    // after the decision
    RECTIFICATION_OPENED,
    RECTIFICATION_REMINDER_SENT,
    RECTIFICATION_ESCALATED,
    RECTIFICATION_DONE,
    REVIEW_REQUESTED,
    REVIEW_DECIDED,
    REVIEW_NOTIFIED,
    WITHDRAWN,
    EXCEPTION_RAISED,
    /** A notice to the complainant failed on every retry (an incident) and went to the escalation group. */
    NOTICE_FAILED,
    /** A notice to the complainant went by another channel than the one asked for or the intake channel's (why). */
    NOTICE_CHANNEL_FALLBACK,
    /** A channel reported after the fact that a notice arrived (an SMS delivery receipt): its proof moved. */
    NOTICE_DELIVERED,
    /** A channel reported that a notice did not arrive (an SMS receipt FAILED, a letter returned). */
    NOTICE_UNDELIVERED,
    /** A notice that did not arrive went out again by the case type's next channel. */
    NOTICE_REDELIVERED,
    // whistleblowing (举报)
    REPORT_RECEIVED,
    REPORTER_MESSAGE,
    INVESTIGATOR_MESSAGE,
    ADMISSIBILITY_DECIDED,
    SUPPLEMENT_REQUESTED,
    INVESTIGATION_OPINION,
    COMMITTEE_DECISION,
    REPORTER_TOLD,
    PROTECTION_CHECK,
    REFERRED_TO_AUTHORITY,
    IMPROVEMENT_RECORDED
}
