package com.casedesk.retention;

/** The case types with a retention period of their own. */
public enum CaseType {
    COMPLAINT,
    WHISTLEBLOWING
}
