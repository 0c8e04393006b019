package com.casedesk.complaint.notice;

import java.time.Instant;

/** When a decision notice counts as given in time (Art. 18, 21, 43). */
public final class DecisionNoticeRule {

    private DecisionNoticeRule() {
    }

    /**
     * @param provedAt       the decision notice's proof timestamp, null while there is none
     * @param statutoryDueBy the last moment of the statutory period (its last day, inclusive, Art. 43)
     * @return true when the notice is proved no later than that moment; no proof is not on time
     */
    public static boolean onTime(Instant provedAt, Instant statutoryDueBy) {
        return provedAt != null && statutoryDueBy != null && !provedAt.isAfter(statutoryDueBy);
    }
}
