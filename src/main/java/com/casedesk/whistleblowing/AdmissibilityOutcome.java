package com.casedesk.whistleblowing;

/** 受理决定: the outcome of the preliminary assessment (初步评估). */
public enum AdmissibilityOutcome {
    /** 受理 */
    ADMITTED,
    /** 不予受理, with a {@link AdmissibilityRefusal reason} */
    REFUSED,
    /** 需补充材料: the clock pauses until the reporter answers */
    SUPPLEMENT
}
