package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Which failed whistleblowing jobs escalate to the committee, and by when. */
@UnitTest
class WbNoticeFailureRuleTest {

    @Test
    void theFeedbackToTheReporterEscalatesOtherJobsDoNot() {
        assertThat(WbNoticeFailureRule.reporterNotice("whistleblowing-handling", "Task_Feedback")).contains("处理结果反馈");
        assertThat(WbNoticeFailureRule.reporterNotice("whistleblowing-handling", "Task_Close")).isNull();
        assertThat(WbNoticeFailureRule.reporterNotice("complaint-handling", "Task_Feedback")).as("another process").isNull();
    }

    @Test
    void dueADayAfterTheFailure() {
        Instant failed = Instant.parse("2026-12-10T02:00:00Z");
        assertThat(WbNoticeFailureRule.taskDueBy(failed)).isEqualTo(failed.plus(Duration.ofDays(1)));
    }
}
