package com.casedesk.complaint.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Which failed jobs are notices to a complainant with a deadline of their own (Art. 18, 21: told
 * within the period, with proof), and by when the escalation group must act: before the reply
 * deadline, and within a day at most. complaint-review's notice (Art. 20) is one too: its deadline
 * timer watches the review task, not the notice, so nothing else would reach a person.
 */
final class NoticeFailureRule {

    static final Duration AT_MOST = Duration.ofDays(1);

    /** Process key + element id of each such notice job, with what the form calls it. */
    private static final Map<String, String> NOTICES = Map.of(
            "complaint-handling/Task_AcknowledgeComplainant", "受理告知 (acknowledgement)",
            "complaint-handling/Task_SendDecisionNotice", "处理结果告知 (decision notice, Art. 19, 21)",
            "complaint-notice/Task_SendNotice", "期限告知 (pause/resume/merge notice, Art. 18)",
            "complaint-review/Task_SendReviewNotice", "核查结论告知 (review decision notice, Art. 20)");

    private NoticeFailureRule() {
    }

    /** @return the notice in words when this failed job is one, else null */
    static String complainantNotice(String processKey, String activityId) {
        return NOTICES.get(processKey + "/" + activityId);
    }

    /**
     * The escalation task is due a day after the failure, or at the reply deadline if that comes first;
     * a deadline already passed makes it due at once.
     */
    static Instant taskDueBy(Instant failedAt, Instant replyDueBy) {
        Instant dayLater = failedAt.plus(AT_MOST);
        if (replyDueBy == null || replyDueBy.isAfter(dayLater)) {
            return dayLater;
        }
        return replyDueBy.isBefore(failedAt) ? failedAt : replyDueBy;
    }
}
