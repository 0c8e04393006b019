package com.casedesk.complaint.access;

import java.util.Collection;
import java.util.Optional;

/**
 * 回避 (Art. 17) as plain values: who may not handle a case. The staff member complained about is barred
 * from intake on; anyone declared (or declaring) a conflict of interest from the declaration on. Their
 * colleagues, the same unit included, are not.
 */
public final class RecusalRule {

    private RecusalRule() {
    }

    /** Barred at intake: the respondent's staff id, when staff named one. */
    public static Optional<String> barredAtIntake(String respondentStaffId) {
        return Optional.ofNullable(respondentStaffId).filter(id -> !id.isBlank());
    }

    /** Nobody barred works on the case; a command without a person (the service itself) is not a person's. */
    public static boolean mayHandle(String userId, Collection<String> barred) {
        return userId == null || !barred.contains(userId);
    }
}
