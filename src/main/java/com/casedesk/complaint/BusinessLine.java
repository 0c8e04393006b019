package com.casedesk.complaint;

/** Business lines (业务类别), after JR/T 0169-2018 axis B and the NFRA reporting split. */
public enum BusinessLine {
    DEPOSITS("储蓄存款"),
    LOANS("贷款"),
    BANK_CARDS("银行卡"),
    PAYMENTS("支付结算"),
    WEALTH_MANAGEMENT("理财"),
    INSURANCE("保险"),
    SECURITIES("证券"),
    OTHER("其他");

    private final String label;

    BusinessLine(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
