package com.casedesk.complaint;

/**
 * What shows when a staff-keyed complaint really arrived (Art. 18: the clock runs from receipt): the
 * postmark, the regulator's transfer letter with its date and number, and why it was keyed in late when
 * that was long after. Both null for a complaint received when it was registered.
 */
public record ReceiptEvidence(String receivedAtEvidence, String receivedAtReason) {

    static ReceiptEvidence of(ComplaintSubmission s) {
        return s.receivedAt() == null || s.channel().isSelfService() ? null
                : new ReceiptEvidence(blankToNull(s.receivedAtEvidence()), blankToNull(s.receivedAtReason()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
