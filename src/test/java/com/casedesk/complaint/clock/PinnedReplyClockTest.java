package com.casedesk.complaint.clock;

import static com.casedesk.support.RegimeTableChange.amount;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintDeadlines;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.regime.Regime;
import com.casedesk.regime.RegimePin;
import com.casedesk.regime.RegimeVersions;
import com.casedesk.regime.StatutoryRules;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.RegimeTableChange;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The reply clock reads its periods from the regime table version the case was pinned to at intake: a
 * changed table, once a second member of compliance approved it, gives new cases its figures, while a
 * case received before keeps the figures of its own version for life.
 */
@PostgresTest
class PinnedReplyClockTest {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired IdentityService identityService;
    @Autowired StatutoryRules rules;
    @Autowired RegimePin pins;
    @Autowired RegimeVersions versions;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintDeadlines deadlines;
    @Autowired ComplaintProperties properties;
    @Autowired StatutoryClock statutoryClock;

    @Test
    void aCasePinnedToATableOfTenDaysIsDueInTenWhileACaseReceivedBeforeKeepsFifteen() throws Exception {
        String shipped = rules.tableInEffect(Regime.CN_2020_3);
        String before = intake.register(Complaints.ordinary(), null, null, "frontline").receipt().caseNumber();
        try (RegimeTableChange changed = RegimeTableChange.deployAndApprove(http, json, repository, identityService,
                versions, Regime.CN_2020_3, "regimes/cn-2020-3.dmn",
                amount("Rule_CN_2020_3_Reply_Amount", 15, 10)
                        .andThen(amount("Rule_CN_2020_3_Extension_Amount", 30, 20))::apply)) {
            String after = intake.register(Complaints.ordinary(), null, null, "frontline").receipt().caseNumber();
            assertThat(pins.complaintTable(after)).isEqualTo(changed.tableId());
            Complaint pinned = complaints.getByCaseNumber(after);
            assertThat(deadlines.statutoryDays(pinned)).isEqualTo(10);
            assertThat(pinned.getStatutoryDueBy())
                    .isEqualTo(CalendarDays.endOfPeriod(pinned.getClockStartedAt(), 10, properties.zone()));
            assertThat(deadlines.periods(pinned)).isEqualTo(new ComplaintDeadlines.ReplyPeriods(10, 30, 20, 60, "令2020年第3号 第十八条第一款"));

            // the case received before the change is recomputed on its own version: still 15 days
            assertThat(pins.complaintTable(before)).isEqualTo(shipped);
            Complaint earlier = statutoryClock.recompute(complaints.getByCaseNumber(before), "重新计算", false);
            assertThat(deadlines.statutoryDays(earlier)).isEqualTo(15);
            assertThat(earlier.getStatutoryDueBy())
                    .isEqualTo(CalendarDays.endOfPeriod(earlier.getClockStartedAt(), 15, properties.zone()));
            assertThat(deadlines.periods(earlier)).isEqualTo(new ComplaintDeadlines.ReplyPeriods(15, 30, 30, 60, "令2020年第3号 第十八条第一款"));

            // complex on the changed version: 30 days from the table as well
            statutoryClock.classifyComplex(after);
            Complaint complex = complaints.getByCaseNumber(after);
            assertThat(deadlines.statutoryDays(complex)).isEqualTo(30);
            assertThat(complex.getStatutoryDueBy())
                    .isEqualTo(CalendarDays.endOfPeriod(complex.getClockStartedAt(), 30, properties.zone()));
        }
        assertThat(rules.tableInEffect(Regime.CN_2020_3)).isEqualTo(shipped);
    }
}
