package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which failed jobs escalate as a complainant's notice, and by when the escalation group must act. */
@UnitTest
class NoticeFailureRuleTest {

    private static final Instant FAILED = Instant.parse("2026-12-10T02:00:00Z");

    @Test
    void noticesToTheComplainantEscalateStaffAlertsDoNot() {
        assertThat(NoticeFailureRule.complainantNotice("complaint-handling", "Task_SendDecisionNotice")).contains("处理结果告知");
        assertThat(NoticeFailureRule.complainantNotice("complaint-handling", "Task_AcknowledgeComplainant")).isNotNull();
        assertThat(NoticeFailureRule.complainantNotice("complaint-review", "Task_SendReviewNotice")).contains("核查结论告知");
        assertThat(NoticeFailureRule.complainantNotice("complaint-notice", "Task_SendNotice")).isNotNull();
        assertThat(NoticeFailureRule.complainantNotice("complaint-handling", "Task_RemindHandler")).as("to staff").isNull();
        assertThat(NoticeFailureRule.complainantNotice("complaint-review", "Task_SendDecisionNotice")).isNull();
    }

    @Test
    void dueADayLaterOrAtTheReplyDeadlineIfEarlierOrAtOnceIfItPassed() {
        Instant dayLater = FAILED.plus(Duration.ofDays(1));
        assertThat(NoticeFailureRule.taskDueBy(FAILED, dayLater.plusSeconds(1))).isEqualTo(dayLater);
        assertThat(NoticeFailureRule.taskDueBy(FAILED, dayLater)).isEqualTo(dayLater);
        assertThat(NoticeFailureRule.taskDueBy(FAILED, dayLater.minusSeconds(1))).isEqualTo(dayLater.minusSeconds(1));
        assertThat(NoticeFailureRule.taskDueBy(FAILED, FAILED)).isEqualTo(FAILED);
        assertThat(NoticeFailureRule.taskDueBy(FAILED, FAILED.minusSeconds(1))).as("deadline passed").isEqualTo(FAILED);
        assertThat(NoticeFailureRule.taskDueBy(FAILED, null)).isEqualTo(dayLater);
    }
}
