package com.casedesk.complaint.notice;

import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.complaint.Complaint;
import com.casedesk.support.ShippedNoticeTemplates;
import com.casedesk.support.UnitTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The handlers' reminder calls the company target a target, and only the statutory date 法定. */
@UnitTest
class ReminderWordingTest {

    private final ComplaintNotices notices = new ComplaintNotices(ClockFixtures.properties(), ClockFixtures.periods(),
            ShippedNoticeTemplates.get());
    private static final Instant STATUTORY = local(2026, 11, 17, 23, 59, 59);

    @Test
    void aReplyDateBeforeTheStatutoryOneIsTheCompanyTarget() {
        assertThat(ComplaintNotices.isCompanyTarget(STATUTORY.minusSeconds(1), STATUTORY)).isTrue();
        assertThat(ComplaintNotices.isCompanyTarget(STATUTORY, STATUTORY)).isFalse();
        assertThat(ComplaintNotices.isCompanyTarget(STATUTORY, null)).isFalse();
    }

    @Test
    void aLevel3ReminderOnItsFiveWorkingDayTargetSaysSoAndNamesTheStatutoryDate() {
        Complaint c = level3(5);

        assertThat(c.getReplyDueBy()).isBefore(c.getStatutoryDueBy());
        assertThat(notices.reminder(c).body()).contains("届满公司目标答复期限（内部时限），法定答复期限为2026年11月17日 23:59")
                .doesNotContain("届满法定答复期限");
    }

    @Test
    void aReminderOnTheStatutoryDateItselfCallsIt法定() {
        Complaint c = level3(null);

        assertThat(c.getReplyDueBy()).isEqualTo(c.getStatutoryDueBy());
        assertThat(notices.reminder(c).body()).contains("将于2026年11月17日 23:59届满法定答复期限，").doesNotContain("公司目标");
    }

    private static Complaint level3(Integer targetWorkingDays) {
        Complaint c = ClockFixtures.received("C-9", local(2026, 11, 2, 9, 0, 0));
        c.applyGrade(3, "一般投诉", "complaint-frontline", false);
        c.setDeadlines(ClockFixtures.deadlines(ClockFixtures.properties()).compute(c, targetWorkingDays));
        return c;
    }
}
