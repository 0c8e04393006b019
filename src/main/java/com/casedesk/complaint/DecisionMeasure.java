package com.casedesk.complaint;

/** How a complaint is settled (处理措施, 002 §4.3). */
public enum DecisionMeasure {
    NEGOTIATED_SETTLEMENT("协商和解"),
    COMPENSATION("赔偿"),
    EXPLANATION("解释说明"),
    REJECTION("不予支持");

    private final String label;

    DecisionMeasure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
