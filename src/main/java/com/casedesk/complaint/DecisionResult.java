package com.casedesk.complaint;

/** Outcome of a complaint decision, as chosen in the decision form. */
public enum DecisionResult {
    UPHELD("支持投诉请求"),
    PARTIALLY_UPHELD("部分支持"),
    NOT_UPHELD("不支持");

    private final String label;

    DecisionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
