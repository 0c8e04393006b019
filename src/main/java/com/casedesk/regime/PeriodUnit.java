package com.casedesk.regime;

/** How a period is counted; the day of the event that starts it is never counted (民法典 Art. 201, DISP "after receipt"). */
public enum PeriodUnit {
    /** 令2020年第3号 Art. 43: every 日 is a calendar day. */
    CALENDAR_DAYS,
    /** Mainland China working days (工作日), from the working-day calendar. */
    WORKING_DAYS,
    /** UK business days: Monday to Friday except bank holidays. */
    BUSINESS_DAYS,
    WEEKS,
    MONTHS
}
