package com.casedesk.whistleblowing;

/** The answer to a report: the only time the receipt code is ever shown. */
public record ReportReceipt(String reportNumber, String receiptCode, String status) {

    @Override
    public String toString() {
        return "ReportReceipt[" + reportNumber + ", receipt code redacted, " + status + "]";
    }
}
