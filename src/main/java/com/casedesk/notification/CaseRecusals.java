package com.casedesk.notification;

/**
 * Whether a staff member is barred from a case (回避, Art. 17: the colleague a complaint is about, a
 * declared conflict of interest). The case types answer it (complaints: {@code complaint.access});
 * notification asks before it shows anyone a notice's text, e.g. a letter's PDF.
 */
public interface CaseRecusals {

    boolean isBarred(String caseNumber, String userId);
}
