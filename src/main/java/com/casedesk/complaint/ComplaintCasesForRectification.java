package com.casedesk.complaint;

import com.casedesk.rectification.RectifiedCases;
import org.springframework.stereotype.Component;

/** Lets rectification check a complaint's number without depending on the complaint ledger. */
@Component
class ComplaintCasesForRectification implements RectifiedCases {

    private final ComplaintRepository complaints;

    ComplaintCasesForRectification(ComplaintRepository complaints) {
        this.complaints = complaints;
    }

    @Override
    public void requireComplaint(String caseNumber) {
        complaints.getByCaseNumber(caseNumber);
    }
}
