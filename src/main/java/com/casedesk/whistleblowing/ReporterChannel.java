package com.casedesk.whistleblowing;

/**
 * The only way the whistleblowing process speaks to a reporter: by case number, never by identity.
 * Messages land in the reporter's mailbox (read with the receipt code); a real-name reporter who chose
 * a contact is also told there is news, without the content leaving the service.
 */
public interface ReporterChannel {

    /** Posts a message from the investigators to the reporter of the case. */
    void tellReporter(String reportNumber, String text);
}
