package com.casedesk.whistleblowing;

/** How the investigator ends a round of 深入调查. */
public enum InvestigationOutcome {
    /** 提交书面调查意见 */
    OPINION,
    /** 申请延期 (committee approval, at most the configured total) */
    EXTENSION,
    /** 声明利益冲突: the investigator is registered as involved and the task goes back to the group */
    CONFLICT
}
