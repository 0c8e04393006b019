package com.casedesk.complaint.review;

/** The conclusion of a 核查 review, as chosen in the review form. */
public enum ReviewOutcome {
    UPHELD("维持原处理决定"),
    CHANGED("变更处理决定"),
    SET_ASIDE("撤销并重新处理");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
