package com.casedesk.whistleblowing;

/** 处理决定 of the whistleblowing committee. */
public enum CommitteeDecision {
    INTERNAL_DISCIPLINE("内部追责 Internal discipline"),
    LEGAL_REFERRAL("移送追究法律责任 Legal referral"),
    NO_VIOLATION("未发现违规 No violation found");

    private final String label;

    CommitteeDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
