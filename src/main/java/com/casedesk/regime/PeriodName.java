package com.casedesk.regime;

/** The {@code period} input of a regime's decision table: one row each. */
public enum PeriodName {
    /** CN-2020-3: decide and notify a simple complaint. */
    REPLY,
    /** CN-2020-3: a complex complaint. */
    REPLY_COMPLEX,
    /** CN-2020-3, CN-WB: the further period an approved extension adds. */
    EXTENSION,
    /** CN-2020-3: the longest reply period in all. */
    MAX_TOTAL,
    /** CN-2020-3: the complainant applies for a 核查 review within this window after receiving the decision. */
    REVIEW_WINDOW,
    /** CN-2020-3: the review is decided and notified within this period of the application. */
    REVIEW_DECISION,
    /** CN-WB: the decision whether to accept a report. */
    ACCEPTANCE,
    /** CN-WB: the written investigation opinion, from the acceptance. */
    INVESTIGATION,
    /** EU-2019-1937: acknowledge receipt of a report. */
    ACKNOWLEDGE,
    /** EU-2019-1937: feedback, from the acknowledgement (or the end of the acknowledgement period). */
    FEEDBACK,
    /** UK-DISP: resolved by then, a complaint may be closed with a summary resolution communication. */
    SUMMARY_RESOLUTION,
    /** UK-DISP: the final (or holding) response. */
    FINAL_RESPONSE,
    /** UK-DISP: payment services and e-money complaints. */
    PAYMENT_RESPONSE,
    /** UK-DISP: payment services and e-money complaints in exceptional situations. */
    PAYMENT_RESPONSE_MAX,
    /** UK-DISP: the complainant's window to refer to the Financial Ombudsman Service, and its wording. */
    OMBUDSMAN_REFERRAL
}
