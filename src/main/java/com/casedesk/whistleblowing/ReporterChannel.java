package com.casedesk.whistleblowing;

/**
 * The only way the whistleblowing process speaks to a reporter: by case number, never by identity.
 * Messages land in the reporter's mailbox (read with the receipt code) and nowhere else: no e-mail or
 * SMS goes to a reporter, not even to a real-name reporter's contact (ReporterNoticeRoutesTest). A
 * "news in your mailbox" notice to a contact the reporter consented to is not built (issue 16).
 */
public interface ReporterChannel {

    /** Posts a message from the investigators to the reporter of the case. */
    void tellReporter(String reportNumber, String text);
}
