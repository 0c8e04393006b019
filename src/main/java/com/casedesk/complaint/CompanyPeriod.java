package com.casedesk.complaint;

/**
 * The company's own periods of the complaint process, one row each in the decision table
 * {@code complaint-periods} ({@link CompanyPeriods}); the names are the table's input values. Statutory
 * periods are not here: they come from the regime tables ({@code processes/regimes/}).
 */
public enum CompanyPeriod {

    /** Level 2: the front line hands the case to the department head within this time. */
    HANDOVER,
    /** Level 1: the department head puts the case before the leadership group within this time. */
    FORWARD_TO_LEADERSHIP,
    /** Level 1: the leadership group holds its emergency meeting and sets the plan within this time. */
    LEADERSHIP_MEETING,
    /** Level 1: how often the investigating department reports progress (the model's timer cycle). */
    PROGRESS_REPORT_EVERY,
    /** Level 1: each progress report is due this long after it was asked for. */
    PROGRESS_REPORT_WITHIN,
    /** The front line calls the complainant back within this time after the decision notice. */
    CALLBACK,
    /** The handler is reminded this long (whole days) before the reply deadline. */
    REMINDER_BEFORE,
    /** A supervisor answers an overdue escalation within this time. */
    ESCALATION_TASK
}
