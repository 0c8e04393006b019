package com.casedesk.complaint.review;

import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.ClockFixtures;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.support.ShippedNoticeTemplates;
import com.casedesk.support.UnitTest;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** Four eyes on a 核查 review (the original decider may not review), and the notice the opinion must fit. */
@UnitTest
class ReviewDecisionRulesTest {

    private static final Supplier<String> DECIDED_BY_ALICE = () -> "alice";

    @Test
    void theDeciderMayNeitherTakeNorCompleteTheReview() {
        assertThatThrownBy(() -> ReviewDecisions.requireNotDecider("核查", "C-1", "alice", false, DECIDED_BY_ALICE))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("alice made the decision on complaint C-1 and may not take its review");
        assertThatThrownBy(() -> ReviewDecisions.requireNotDecider("核查", "C-1", "alice", true, DECIDED_BY_ALICE))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("may not complete its review");
    }

    @Test
    void anotherReviewerMayTakeAndCompleteIt() {
        assertThatCode(() -> ReviewDecisions.requireNotDecider("核查", "C-1", "bob", false, DECIDED_BY_ALICE))
                .doesNotThrowAnyException();
        assertThatCode(() -> ReviewDecisions.requireNotDecider("核查", "C-1", "bob", true, DECIDED_BY_ALICE))
                .doesNotThrowAnyException();
    }

    @Test
    void handingTheTaskBackToTheGroupNeedsNoLedgerRead() {
        assertThatCode(() -> ReviewDecisions.requireNotDecider("核查", "C-1", null, false, () -> {
            throw new AssertionError("the decider was read");
        })).doesNotThrowAnyException();
    }

    @Test
    void theSystemCannotCompleteAReviewSinceNobodyCouldTellTheEyesApart() {
        assertThatThrownBy(() -> ReviewDecisions.requireNotDecider("核查", "C-1", CaseEventLog.SYSTEM, true,
                DECIDED_BY_ALICE)).isInstanceOf(BadUserRequestException.class)
                .hasMessage("'核查' must be completed by a logged-in reviewer");
    }

    @Test
    void anOpinionThatFillsTheNoticeToTheLastCharacterFitsOneMoreDoesNot() {
        ReviewNotices notices = new ReviewNotices(new ComplaintNotices(ClockFixtures.properties(), ClockFixtures.periods(),
                ShippedNoticeTemplates.get()), ShippedNoticeTemplates.get());
        Complaint complaint = ClockFixtures.received("C-1", local(2026, 3, 1, 10, 0, 0));
        int frame = notices.decision(complaint, decided(""), NotificationChannel.LETTER).body().length();
        String fits = notices.decision(complaint, decided("意".repeat(ReviewNotices.MAX_LENGTH - frame)),
                NotificationChannel.LETTER).body();
        String tooLong = notices.decision(complaint, decided("意".repeat(ReviewNotices.MAX_LENGTH - frame + 1)),
                NotificationChannel.LETTER).body();

        assertThat(fits).hasSize(ReviewNotices.MAX_LENGTH);
        assertThatCode(() -> ReviewDecisions.requireNoticeFits(fits)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReviewDecisions.requireNoticeFits(tooLong))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessage("reviewOpinion is too long for the notice to the complainant: shorten it by 1 characters");
    }

    private static ComplaintReview decided(String opinion) {
        ComplaintReview review = ComplaintReview.open("C-1", "赔偿金额有误", local(2026, 3, 5, 10, 0, 0), "registrar",
                local(2026, 4, 4, 23, 59, 59));
        review.decide(ReviewOutcome.CHANGED, opinion, "bob", local(2026, 3, 20, 10, 0, 0));
        return review;
    }
}
