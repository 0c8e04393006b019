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
    SUPERVISION_RECORDED,
    CALLBACK_RECORDED,
    REOPENED,
    CLOSED
}
