package com.casedesk.complaint.review;

import static com.casedesk.complaint.ClockFixtures.endOf;
import static com.casedesk.complaint.ClockFixtures.local;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.support.UnitTest;
import com.casedesk.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When a case admits a 核查 review (Art. 20), and the two review periods. */
@UnitTest
class ReviewEligibilityTest {

    /** The decision notice went out on 03-01: applications are due by the end of 03-31. */
    private static final Instant NOTICE = local(2026, 3, 1, 10, 0, 0);
    private static final Instant APPLY_BY = endOf(LocalDate.of(2026, 3, 31));
    private static final Instant NOW = local(2026, 4, 20, 9, 0, 0);

    private final ReviewDeadlines deadlines = new ReviewDeadlines(ClockFixtures.ZONE);
    private final ReviewEligibility eligibility = new ReviewEligibility(deadlines);

    @Test
    void thirtyCalendarDaysToApplyAndThirtyToDecide() {
        assertThat(deadlines.applyBy(NOTICE)).isEqualTo(APPLY_BY);
        assertThat(deadlines.reviewDueBy(APPLY_BY)).isEqualTo(endOf(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void anApplicationOnTheLastSecondOfThePeriodIsAdmittedTheNextSecondIsTooLate() {
        assertThat(eligibility.admit("C-1", NOTICE, APPLY_BY, NOW, null)).isEqualTo(APPLY_BY);

        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, APPLY_BY.plusSeconds(1), NOW, null))
                .isInstanceOfSatisfying(ReviewNotAllowedException.class, e -> {
                    assertThat(e.getBody().getTitle()).isEqualTo("Review period expired");
                    assertThat(e.getBody().getProperties()).containsEntry("applyBy", APPLY_BY);
                });
    }

    @Test
    void oneDayBeforeThePeriodEndsIsInTimeOneDayAfterIsNot() {
        Instant dayBefore = local(2026, 3, 30, 15, 0, 0);
        Instant dayAfter = local(2026, 4, 1, 15, 0, 0);

        assertThat(eligibility.admit("C-1", NOTICE, dayBefore, NOW, null)).isEqualTo(dayBefore);
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, dayAfter, NOW, null))
                .isInstanceOf(ReviewNotAllowedException.class);
    }

    /**
     * Art. 20 counts from *receiving* the decision: a letter posted 03-01 and delivered 03-03 is proved
     * on 03-03, so day 30 is 04-02 (admitted) and 04-03 is day 31 (too late); counted from sending,
     * 04-02 would already be refused.
     */
    @Test
    void theWindowRunsFromTheNoticesProofDay30IsInTimeDay31IsNot() {
        Instant proof = com.casedesk.notification.NoticeReceipt.proofAt(NOTICE, local(2026, 3, 3, 16, 0, 0));
        Instant day30 = local(2026, 4, 2, 23, 59, 59);
        Instant day31 = local(2026, 4, 3, 0, 0, 0);

        assertThat(deadlines.applyBy(proof)).isEqualTo(endOf(LocalDate.of(2026, 4, 2)));
        assertThat(eligibility.admit("C-1", proof, day30, NOW, null)).isEqualTo(day30);
        assertThatThrownBy(() -> eligibility.admit("C-1", proof, day31, NOW, null))
                .isInstanceOf(ReviewNotAllowedException.class);
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, day30, NOW, null)).as("counted from sending")
                .isInstanceOf(ReviewNotAllowedException.class);
    }

    @Test
    void noDecisionNoticeNoReview() {
        assertThatThrownBy(() -> eligibility.admit("C-1", null, null, NOW, null))
                .isInstanceOfSatisfying(ReviewNotAllowedException.class,
                        e -> assertThat(e.getBody().getTitle()).isEqualTo("No decision notice yet"));
    }

    @Test
    void anApplicationCannotPredateTheNoticeNorLieInTheFuture() {
        assertThat(eligibility.admit("C-1", NOTICE, NOTICE, NOW, null)).isEqualTo(NOTICE);
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, NOTICE.minusSeconds(1), NOW, null))
                .isInstanceOf(InvalidRequestException.class);

        Instant now = local(2026, 3, 10, 9, 0, 0);
        assertThat(eligibility.admit("C-1", NOTICE, now, now, null)).isEqualTo(now);
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, now.plusSeconds(1), now, null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void withoutAReceiptTimeTheApplicationArrivedNow() {
        Instant now = local(2026, 3, 31, 23, 59, 59);

        assertThat(eligibility.admit("C-1", NOTICE, null, now, null)).isEqualTo(now);
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, null, now.plusSeconds(1), null))
                .isInstanceOf(ReviewNotAllowedException.class);
    }

    @Test
    void anOpenReviewMustBeConcludedFirstButALateApplicationIsToldItIsLate() {
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, APPLY_BY, NOW, 7L))
                .isInstanceOfSatisfying(ReviewNotAllowedException.class, e -> {
                    assertThat(e.getBody().getTitle()).isEqualTo("Review already open");
                    assertThat(e.getBody().getProperties()).containsEntry("openReviewId", 7L);
                });
        assertThatThrownBy(() -> eligibility.admit("C-1", NOTICE, APPLY_BY.plusSeconds(1), NOW, 7L))
                .isInstanceOfSatisfying(ReviewNotAllowedException.class,
                        e -> assertThat(e.getBody().getTitle()).isEqualTo("Review period expired"));
    }
}
