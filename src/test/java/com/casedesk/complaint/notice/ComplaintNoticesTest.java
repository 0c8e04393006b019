package com.casedesk.complaint.notice;

import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Complaint;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.support.ShippedNoticeTemplates;
import com.casedesk.support.UnitTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the complainant reads about the clock: dates in the institution's calendar, periods as people say them. */
@UnitTest
class ComplaintNoticesTest {

    private final ComplaintNotices notices = new ComplaintNotices(ClockFixtures.properties(), ClockFixtures.periods(),
            ShippedNoticeTemplates.get());

    private static Complaint receivedJustAfterLocalMidnight() {
        // 00:30 on 03-11 in Beijing is 16:30 on 03-10 in UTC
        Complaint c = ClockFixtures.received("C-1", local(2026, 3, 11, 0, 30, 0));
        c.setDeadlines(ClockFixtures.deadlines(ClockFixtures.properties()).compute(c, null));
        return c;
    }

    @Test
    void theAcknowledgementShowsTheLocalDayOfReceiptAndOfTheDeadline() {
        assertThat(notices.acknowledgement(receivedJustAfterLocalMidnight(), NotificationChannel.SMS).body())
                .contains("您于2026年3月11日 00:30提出的投诉已受理").contains("我们将在2026年3月26日前");
    }

    @Test
    void pauseResumeAndExtensionNamesWhatHappenedAndTheNewDeadline() {
        Complaint c = receivedJustAfterLocalMidnight();

        assertThat(notices.pause(c, ClockPause.Kind.MEDIATION, NotificationChannel.SMS).body()).contains("进入调解程序，该期间不计入处理期限");
        assertThat(notices.resumed(c, NotificationChannel.EMAIL).body()).endsWith("已恢复处理，答复期限为2026年3月26日。");
        c.extend();
        c.setDeadlines(ClockFixtures.deadlines(ClockFixtures.properties()).compute(c, null));
        assertThat(notices.extension(c, NotificationChannel.LETTER).body()).endsWith("经批准，处理期限延长至2026年4月25日。");
    }

    @ParameterizedTest(name = "{0} reads {1}")
    @CsvSource({"PT30M, 30分钟", "PT90M, 90分钟", "PT2H, 2小时", "PT24H, 1天", "PT36H, 36小时", "P2D, 2天"})
    void aConfiguredPeriodAsPeopleSayIt(Duration period, String words) {
        assertThat(ComplaintNotices.span(period)).isEqualTo(words);
    }
}
