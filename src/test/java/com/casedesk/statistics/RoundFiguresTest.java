package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

/** A reopening is a review's (核查撤销) or an unsatisfied complainant's, told apart by its event text. */
@UnitTest
class RoundFiguresTest {

    @Test
    void aReopeningIsAReviewsOnlyWhenItsTextBeginsWithTheSetAside() {
        assertThat(RoundFigures.afterReview("核查撤销原处理决定，重新处理 (review set the decision aside)，第2轮")).isTrue();
        assertThat(RoundFigures.afterReview("客户不满意，第2轮处理 (round 2)")).isFalse();
        assertThat(RoundFigures.afterReview("原核查撤销")).isFalse();
        assertThat(RoundFigures.afterReview(null)).isFalse();
    }

    @Test
    void theOnTimeSharesAreOfTheDecidedCasesAndNoneWithoutDecisions() {
        ClockFigures f = ClockFigures.of(4, 3, 1, 2, 1, 0);
        assertThat(f.withinStatutoryShare()).isEqualTo(0.75);
        assertThat(f.withinOriginalStatutoryShare()).isEqualTo(0.25);
        assertThat(ClockFigures.of(0, 0, 0, 0, 0, 0).withinOriginalStatutoryShare()).isNull();
    }
}
