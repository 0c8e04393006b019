package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseNumbers;
import com.casedesk.notification.ConfidentialCases;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Every staff alert under a report number (the investigators' reminder, a rectification action of a
 * report) says only that a task waits: told by the number's form, so a report the intake has not yet
 * stored, or one already erased, is not mistaken for an ordinary case.
 */
@Component
class WbConfidentialAlerts implements ConfidentialCases {

    private final CaseNumbers reportNumbers;

    WbConfidentialAlerts(@Qualifier(CaseNumbers.REPORTS) CaseNumbers reportNumbers) {
        this.reportNumbers = reportNumbers;
    }

    @Override
    public boolean isConfidential(String caseNumber) {
        return reportNumbers.numbered(caseNumber);
    }
}
