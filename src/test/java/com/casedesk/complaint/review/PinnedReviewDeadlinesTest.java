package com.casedesk.complaint.review;

import static com.casedesk.support.RegimeTableChange.amount;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.regime.Regime;
import com.casedesk.regime.RegimeVersions;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.RegimeTableChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The 核查 window and decision period (Art. 20) come from the case's pinned table version: a changed
 * table (a longer window, a shorter decision period) gives new cases its figures; a case received before
 * keeps 30 and 30.
 */
@PostgresTest
class PinnedReviewDeadlinesTest {

    private static final Instant NOTICE = Instant.parse("2026-03-02T02:00:00Z");

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identityService;
    @Autowired RegimeVersions versions;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintProperties properties;
    @Autowired ReviewDeadlines deadlines;

    @Test
    void theReviewPeriodsAreThoseOfTheCasesPinnedTable() throws Exception {
        String before = intake.register(Complaints.ordinary(), null, null, "frontline").receipt().caseNumber();
        try (RegimeTableChange changed = RegimeTableChange.deployAndApprove(http, json, repository, identityService,
                versions, Regime.CN_2020_3, "regimes/cn-2020-3.dmn",
                amount("Rule_CN_2020_3_ReviewWindow_Amount", 30, 40)
                        .andThen(amount("Rule_CN_2020_3_ReviewDecision_Amount", 30, 20))::apply)) {
            String after = intake.register(Complaints.ordinary(), null, null, "frontline").receipt().caseNumber();

            ReviewDeadlines.Periods pinned = deadlines.periods(after);
            assertThat(pinned).isEqualTo(new ReviewDeadlines.Periods(40, 20));
            assertThat(deadlines.applyBy(NOTICE, pinned)).isEqualTo(CalendarDays.endOfPeriod(NOTICE, 40, properties.zone()));
            assertThat(deadlines.reviewDueBy(NOTICE, pinned)).isEqualTo(CalendarDays.endOfPeriod(NOTICE, 20, properties.zone()));

            ReviewDeadlines.Periods earlier = deadlines.periods(before);
            assertThat(earlier).isEqualTo(ReviewDeadlines.Periods.ARTICLE_20);
            assertThat(deadlines.applyBy(NOTICE, earlier)).isEqualTo(deadlines.applyBy(NOTICE));
            assertThat(deadlines.reviewDueBy(NOTICE, earlier)).isEqualTo(deadlines.reviewDueBy(NOTICE));
        }
    }
}
