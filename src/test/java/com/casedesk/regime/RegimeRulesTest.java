package com.casedesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** One case of each regime, from receipt through every deadline, read from the deployed tables. */
@PostgresTest
class RegimeRulesTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai"); // casedesk.zone in the tests

    @Autowired StatutoryRules rules;
    @Autowired RegimePin pins;
    @Autowired ComplaintIntake intake;
    @Autowired RepositoryService repository;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void cnComplaintFifteenDaysThirtyWhenComplexSixtyAtMostThenTheReviewWindows() {
        String table = rules.tableInEffect(Regime.CN_2020_3);
        assertThat(repository.getDecisionDefinition(table).getKey()).isEqualTo("regime-cn-2020-3");
        Instant received = at(2026, 3, 2, 10, 0);

        assertThat(rules.due(rules.replyPeriod(table, false, false), received)).isEqualTo(endOf(2026, 3, 17));
        assertThat(rules.due(rules.replyPeriod(table, true, false), received)).isEqualTo(endOf(2026, 4, 1));
        assertThat(rules.due(rules.replyPeriod(table, true, true), received)).isEqualTo(endOf(2026, 5, 1));
        // a simple case extended: 15 + 30, still within the 60 days
        assertThat(rules.replyPeriod(table, false, true).amount()).isEqualTo(45);
        assertThat(rules.require(table, PeriodName.REPLY).article()).isEqualTo("令2020年第3号 第十八条第一款");

        Instant decisionNoticeReceived = at(2026, 3, 16, 15, 0);
        Instant reviewApplied = at(2026, 4, 10, 9, 0);
        assertThat(rules.due(table, PeriodName.REVIEW_WINDOW, decisionNoticeReceived)).isEqualTo(endOf(2026, 4, 15));
        assertThat(rules.due(table, PeriodName.REVIEW_DECISION, reviewApplied)).isEqualTo(endOf(2026, 5, 10));
        assertThat(rules.require(table, PeriodName.REVIEW_WINDOW).article()).isEqualTo("令2020年第3号 第二十条");
    }

    @Test
    void cnWhistleblowingAcceptanceInFifteenDaysInvestigationSixtyFromAcceptancePlusThirty() {
        String table = rules.tableInEffect(Regime.CN_WB);
        Instant received = at(2026, 6, 1, 9, 0);
        Instant accepted = at(2026, 6, 10, 16, 0);

        assertThat(rules.due(table, PeriodName.ACCEPTANCE, received)).isEqualTo(endOf(2026, 6, 16));
        Instant opinion = rules.due(table, PeriodName.INVESTIGATION, accepted);
        assertThat(opinion).isEqualTo(endOf(2026, 8, 9));
        assertThat(rules.due(table, PeriodName.EXTENSION, opinion)).isEqualTo(endOf(2026, 9, 8));
    }

    @Test
    void euWhistleblowingAcknowledgeInSevenDaysFeedbackThreeMonthsFromTheAcknowledgement() {
        String table = rules.tableInEffect(Regime.EU_2019_1937);
        Instant received = at(2026, 1, 28, 11, 0);
        Instant acknowledged = at(2026, 1, 30, 9, 0);

        Instant acknowledgeBy = rules.due(table, PeriodName.ACKNOWLEDGE, received);
        assertThat(acknowledgeBy).isEqualTo(endOf(2026, 2, 4));
        assertThat(rules.due(table, PeriodName.FEEDBACK, acknowledged)).isEqualTo(endOf(2026, 4, 30));
        // no acknowledgement sent: three months from the end of the seven days (Art. 9(1)(f))
        assertThat(rules.due(table, PeriodName.FEEDBACK, acknowledgeBy)).isEqualTo(endOf(2026, 5, 4));
        assertThat(rules.require(table, PeriodName.FEEDBACK).article()).isEqualTo("Directive (EU) 2019/1937 Art. 9(1)(f)");
    }

    @Test
    void ukComplaintSummaryResolutionByTheThirdBusinessDayFinalResponseInEightWeeksAndTheOmbudsmanWording() {
        String table = rules.tableInEffect(Regime.UK_DISP);
        Instant receivedFriday = at(2026, 3, 6, 17, 0);

        assertThat(rules.due(table, PeriodName.SUMMARY_RESOLUTION, receivedFriday)).isEqualTo(endOf(2026, 3, 11));
        assertThat(rules.due(rules.replyPeriod(table, false, false), receivedFriday)).isEqualTo(endOf(2026, 5, 1));
        StatutoryPeriod referral = rules.require(table, PeriodName.OMBUDSMAN_REFERRAL);
        assertThat(referral.amount()).isEqualTo(6);
        assertThat(referral.unit()).isEqualTo(PeriodUnit.MONTHS);
        assertThat(referral.text()).contains("Financial Ombudsman Service", "six months");
        assertThat(rules.periods(table)).containsOnlyKeys(PeriodName.SUMMARY_RESOLUTION, PeriodName.FINAL_RESPONSE,
                PeriodName.PAYMENT_RESPONSE, PeriodName.PAYMENT_RESPONSE_MAX, PeriodName.OMBUDSMAN_REFERRAL);
    }

    @Test
    void aComplaintAndAReportStoreTheirRegimeAndTableVersionAtIntake() throws Exception {
        var registration = intake.register(Complaints.ordinary(), null, null, "frontline");
        String caseNumber = registration.receipt().caseNumber();

        assertThat(pins.complaintTable(caseNumber)).isEqualTo(rules.tableInEffect(Regime.CN_2020_3));
        assertThat(pins.complaintRegime()).isEqualTo(Regime.CN_2020_3);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> report = http.postForEntity("/api/reports", new HttpEntity<>("""
                {"anonymous": true, "reportedParty": {"name": "王某", "unit": "朝阳支行"},
                 "description": "支行员工私下销售未经备案的理财产品。", "occurredAt": "2026-01-01", "location": "北京市朝阳区"}
                """, headers), String.class);
        assertThat(report.getStatusCode()).as(report.getBody()).isEqualTo(HttpStatus.CREATED);
        String reportNumber = json.readTree(report.getBody()).get("reportNumber").asText();

        // the installation's whistleblowing regime in the tests is CN
        assertThat(pins.reportTable(reportNumber)).isEqualTo(rules.tableInEffect(Regime.CN_WB));
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, ZONE).toInstant();
    }

    private static Instant endOf(int y, int m, int d) {
        return ZonedDateTime.of(y, m, d, 23, 59, 59, 0, ZONE).toInstant();
    }
}
