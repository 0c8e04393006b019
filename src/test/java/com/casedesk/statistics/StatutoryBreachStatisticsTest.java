package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A statutory date passing undecided ({@code STATUTORY_DEADLINE_MISSED}, recorded by the model's
 * Timer_StatutoryDeadline) is a figure of the statistics API and the monthly report. The database is shared
 * with other test classes, so each test compares its period's figures before and after its own case's step.
 */
@PostgresTest
class StatutoryBreachStatisticsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String BREACH_ROW = "法定期限违规：期限届满未决定（次）";
    private static final String CASES_ROW = "法定期限违规案件（件）";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired EngineDriver driver;
    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseEventLog events;

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void aStatuteThatPassesUndecidedIsABreachInTheStatisticsAndTheMonthlyReport() throws Exception {
        // Level 3: the company target (5 working days) is earlier than the 15 days, so the statute has its own timer
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 8, 3, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = register();
        Instant statutory = jdbc.queryForObject("select statutory_due_by from complaint where case_number = ?",
                Timestamp.class, pi.getBusinessKey()).toInstant();
        LocalDate dayAfter = statutory.atZone(SHANGHAI).toLocalDate().plusDays(1);
        String period = "from=" + dayAfter + "&to=" + dayAfter;
        YearMonth month = YearMonth.from(dayAfter);

        ClockUtil.setCurrentTime(Date.from(dayAfter.atTime(0, 1).atZone(SHANGHAI).toInstant()));
        JsonNode before = figures(period);
        String reportBefore = report(month);
        managementService.executeJob(driver.job(pi, Elements.STATUTORY_DEADLINE_TIMER).getId());
        ClockUtil.setCurrentTime(Date.from(dayAfter.atTime(0, 5).atZone(SHANGHAI).toInstant()));
        JsonNode after = figures(period);
        String reportAfter = report(month);

        assertThat(delta(before, after, "/breaches/breaches")).isOne();
        assertThat(delta(before, after, "/breaches/breachedCases")).isOne();
        // undecided: in no on-time rate yet, but open past its statute
        assertThat(delta(before, after, "/totals/decided")).isZero();
        assertThat(reportAfter).contains("<th>" + BREACH_ROW + "</th>", "<th>" + CASES_ROW + "</th>");
        assertThat(thisMonth(reportAfter, BREACH_ROW) - thisMonth(reportBefore, BREACH_ROW)).isOne();
        assertThat(thisMonth(reportAfter, CASES_ROW) - thisMonth(reportBefore, CASES_ROW)).isOne();
    }

    @Test
    void aCaseLateInTwoRoundsIsTwoBreachesOfOneCaseAndABreachOutsideThePeriodIsNotCounted() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 7, 6, 9, 0, 0, 0, SHANGHAI).toInstant()));
        String caseNumber = register().getBusinessKey();
        String period = "from=2026-07-20&to=2026-07-21";
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 7, 22, 9, 0, 0, 0, SHANGHAI).toInstant()));
        JsonNode before = figures(period);

        for (String at : new String[] {"2026-07-19T23:59:59", "2026-07-20T00:00:00", "2026-07-21T23:59:59",
                "2026-07-22T00:00:00"}) {
            ClockUtil.setCurrentTime(Date.from(java.time.LocalDateTime.parse(at).atZone(SHANGHAI).toInstant()));
            events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.STATUTORY_DEADLINE_MISSED, "测试：法定期限届满");
        }
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 7, 22, 9, 0, 0, 0, SHANGHAI).toInstant()));
        JsonNode after = figures(period);

        assertThat(delta(before, after, "/breaches/breaches")).isEqualTo(2);
        assertThat(delta(before, after, "/breaches/breachedCases")).isOne();
    }

    private ProcessInstance register() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-handling").singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private JsonNode figures(String period) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/statistics/complaints?" + period, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String report(YearMonth month) {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/statistics/monthly-report?month=" + month, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The report's "本月" cell of a row. */
    private static long thisMonth(String report, String row) {
        Matcher m = Pattern.compile("<th>" + Pattern.quote(row) + "</th>\\s*<td>(\\d+)</td>").matcher(report);
        assertThat(m.find()).as(row).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long delta(JsonNode before, JsonNode after, String pointer) {
        assertThat(after.at(pointer).isMissingNode()).as(pointer).isFalse();
        return after.at(pointer).asLong() - before.at(pointer).asLong();
    }
}
