package com.casedesk.complaint.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.ClockFixtures;
import com.casedesk.regime.PeriodUnit;
import com.casedesk.regime.StatutoryPeriod;
import com.casedesk.support.UnitTest;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The 核查 periods (Art. 20) from a pinned table's rows, and the window they give at its last day. */
@UnitTest
class ReviewPeriodsTest {

    private static Optional<StatutoryPeriod> days(int amount) {
        return Optional.of(new StatutoryPeriod(amount, PeriodUnit.CALENDAR_DAYS, "第二十条", null));
    }

    private final ReviewDeadlines deadlines = new ReviewDeadlines(ClockFixtures.ZONE);

    @Test
    void theTablesRowsGiveThePeriodsAndAMissingRowKeepsTheArticle() {
        assertThat(ReviewDeadlines.Periods.of(days(30), days(30))).isEqualTo(ReviewDeadlines.Periods.ARTICLE_20);
        assertThat(ReviewDeadlines.Periods.of(days(40), days(20))).isEqualTo(new ReviewDeadlines.Periods(40, 20));
        assertThat(ReviewDeadlines.Periods.of(Optional.empty(), Optional.empty())).isEqualTo(ReviewDeadlines.Periods.ARTICLE_20);
    }

    @Test
    void aLongerWindowEndsAtTheCloseOfItsOwnLastDay() {
        var notice = ClockFixtures.local(2026, 3, 2, 10, 0, 0);
        var forty = new ReviewDeadlines.Periods(40, 20);
        assertThat(deadlines.applyBy(notice, forty)).isEqualTo(ClockFixtures.endOf(LocalDate.of(2026, 4, 11)));
        assertThat(deadlines.reviewDueBy(notice, forty)).isEqualTo(ClockFixtures.endOf(LocalDate.of(2026, 3, 22)));
        assertThat(deadlines.applyBy(notice)).isEqualTo(ClockFixtures.endOf(LocalDate.of(2026, 4, 1)));
    }

    @Test
    void aReviewPeriodInWorkingDaysIsRefused() {
        assertThatThrownBy(() -> ReviewDeadlines.Periods.of(Optional.of(new StatutoryPeriod(30, PeriodUnit.WORKING_DAYS,
                "第二十条", null)), days(30))).isInstanceOf(IllegalStateException.class).hasMessageContaining("WORKING_DAYS");
    }
}
