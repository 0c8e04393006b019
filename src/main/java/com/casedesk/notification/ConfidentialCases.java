package com.casedesk.notification;

/**
 * The case types whose staff alerts may say nothing about the case: a whistleblowing report's alert
 * says only that a task waits, with its link, never the report's number or the notice's text. Each case
 * type answers for its own case numbers; a case no implementation claims is not confidential.
 */
public interface ConfidentialCases {

    boolean isConfidential(String caseNumber);
}
