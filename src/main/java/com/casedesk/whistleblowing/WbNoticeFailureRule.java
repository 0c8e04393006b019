package com.casedesk.whistleblowing;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Which failed whistleblowing jobs are messages to the reporter that the committee must act on (the
 * feedback the law requires within the period), and by when: within a day of the failure.
 */
final class WbNoticeFailureRule {

    static final Duration WITHIN = Duration.ofDays(1);

    private static final Map<String, String> NOTICES = Map.of(
            WbProcess.KEY + "/" + WbProcess.Elements.FEEDBACK, "处理结果反馈 (feedback to the reporter)");

    private WbNoticeFailureRule() {
    }

    /** @return the message in words when this failed job is one, else null */
    static String reporterNotice(String processKey, String activityId) {
        return NOTICES.get(processKey + "/" + activityId);
    }

    static Instant taskDueBy(Instant failedAt) {
        return failedAt.plus(WITHIN);
    }
}
