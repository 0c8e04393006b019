package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.whistleblowing.WbProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every figure of the statistics API against a known set of cases, run on PostgreSQL
 * ({@link StatisticsApiTest}) and on the embedded H2 ({@link StatisticsOnH2Test}): the same SQL must give
 * the same numbers on both. The set lives in one year of its own (chosen at random, before any other test's
 * cases, and removed again afterwards, so neither a shared database nor the other test classes add to it): ten complaints, three reviews, three rectifications, four reports and their events
 * written straight into the ledger with the dates the figures depend on, plus one complaint and one
 * report that run through the API and the real processes with the engine clock set. The expected
 * numbers were worked out by hand from the table in this class (docs/statistics.md gives the rules).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class KnownSetStatistics {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /**
     * A year before any other test's cases, so nothing else is received, open or overdue in it (other tests'
     * open cases would count as open in any later year); every known case is in it. After 1991, when China
     * last changed clocks for summer.
     */
    static final int YEAR = 1993 + ThreadLocalRandom.current().nextInt(27);
    static final String PREFIX = "ST" + YEAR;
    static final String APRIL = YEAR + "-04";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;

    /** The complaint and the report that ran through the real processes. */
    String realCase;
    String realReport;

    /** A complaint of the known set; times are Beijing time in {@link #YEAR}, "MM-dd HH:mm". */
    record Known(String id, String channel, String businessLine, String category, int level, String unit,
                 String received, String statutoryDue, String targetDue, String decided, String decidedBy,
                 String result, String rootCause, String compensation, String closed, String withdrawn,
                 boolean major, String status, String callback) {
    }

    static final List<Known> COMPLAINTS = List.of(
            new Known("A", "HOTLINE", "INSURANCE", "CLAIM_DISPUTE", 3, "朝阳支行", "04-02 10:00", "04-17 23:59", "04-09 23:59",
                    "04-04 10:00", "frontline", "UPHELD", "SERVICE_QUALITY", "1000.00", "04-06 10:00", null, false, "CLOSED", "SATISFIED"),
            new Known("B", "ONLINE", "LOANS", "SALES_DISPUTE", 2, "海淀支行", "04-03 09:00", "04-18 23:59", "04-10 23:59",
                    "04-13 09:00", "supervisor", "NOT_UPHELD", "RULES_AND_PROCEDURES", null, "04-15 09:00", null, false, "CLOSED", "UNREACHABLE"),
            new Known("C", "ONLINE", "INSURANCE", "CLAIM_DISPUTE", 1, "朝阳支行", "04-05 08:00", "04-20 23:59", "04-15 23:59",
                    "04-25 08:00", "leader", "PARTIALLY_UPHELD", "CONTRACT_TERMS", "50000.00", null, null, true, "FEEDBACK_SENT", null),
            new Known("D", "APP", "INSURANCE", "SURRENDER_DISPUTE", 3, "海淀支行", "04-10 12:00", "04-25 23:59", "04-17 23:59",
                    null, null, null, null, null, null, null, false, "IN_HANDLING", null),
            new Known("E", "HOTLINE", "DEPOSITS", "SERVICE_QUALITY", 3, "西城支行", "04-20 12:00", "05-05 23:59", "04-27 23:59",
                    null, null, null, null, null, null, null, false, "IN_HANDLING", null),
            new Known("F", "BRANCH", "INSURANCE", "CLAIM_DISPUTE", 3, "朝阳支行", "04-12 10:00", "04-27 23:59", "04-19 23:59",
                    null, null, null, null, null, null, "04-14 10:00", false, "WITHDRAWN", null),
            new Known("G", "LETTER", "INSURANCE", "CLAIM_DISPUTE", 2, "朝阳支行", "03-20 10:00", "04-19 23:59", "04-03 23:59",
                    "04-08 10:00", "supervisor", "UPHELD", "SERVICE_QUALITY", null, "04-10 10:00", null, false, "CLOSED", "SATISFIED"),
            new Known("H", "ONLINE", "INSURANCE", "CLAIM_DISPUTE", 3, "朝阳支行", "03-10 10:00", "03-25 23:59", "03-17 23:59",
                    "03-20 10:00", "frontline", "UPHELD", "SERVICE_QUALITY", null, "03-25 10:00", null, false, "CLOSED", "SATISFIED"),
            new Known("I", "HOTLINE", "LOANS", "FEES_AND_CHARGES", 2, "西城支行", "03-28 10:00", "04-12 23:59", "04-04 23:59",
                    null, null, null, null, null, null, null, false, "IN_HANDLING", null),
            new Known("J", "ONLINE", "INSURANCE", "CLAIM_DISPUTE", 3, "朝阳支行", "05-02 10:00", "05-17 23:59", "05-09 23:59",
                    null, null, null, null, null, null, null, false, "IN_HANDLING", null));

    @BeforeAll
    void knownSet() throws Exception {
        for (Known k : COMPLAINTS) {
            insert(k);
        }
        event("C", "ESCALATED", "04-21 09:00");
        event("D", "ESCALATED", "04-26 09:00");
        event("D", "ESCALATED", "04-28 09:00");
        event("G", "REOPENED", "04-05 10:00");

        review("B", "04-20 10:00", "05-20 23:59", "04-28 10:00", "UPHELD");
        review("H", "04-02 10:00", "05-02 23:59", "05-06 10:00", "CHANGED");
        review("G", "04-12 10:00", "05-12 23:59", "04-15 10:00", "SET_ASIDE");

        rectification("C", "04-26 10:00", YEAR + "-05-10", null);
        rectification("A", "04-05 10:00", YEAR + "-04-15", "04-14 10:00");
        rectification("H", "03-22 10:00", YEAR + "-04-10", null);

        report("W1", true, "04-01 10:00", "ADMITTED", null, "04-03 10:00", "INTERNAL_DISCIPLINE", "04-20 10:00", "04-22 10:00");
        report("W2", false, "04-02 10:00", "REFUSED", "NOT_IN_REMIT", "04-06 10:00", null, null, null);
        report("W3", true, "04-10 10:00", "REFUSED", "NO_SPECIFIC_FACTS", "04-11 10:00", null, null, null);
        report("W4", false, "03-25 10:00", "ADMITTED", null, "03-30 10:00", "NO_VIOLATION", "04-25 10:00", null);
        report("W5", false, "04-28 10:00", null, null, null, null, null, null);

        try {
            realComplaintResolvedOnTheSpot();
            realReportRefused();
        } finally {
            ClockUtil.reset();
        }
    }

    /** K: a Level 3 complaint received online on 04-15 10:00 and settled on the spot a day later. */
    private void realComplaintResolvedOnTheSpot() throws Exception {
        clock("04-15 10:00");
        ResponseEntity<String> created = http.exchange("/api/complaints", org.springframework.http.HttpMethod.POST,
                jsonEntity("""
                        {"channel": "ONLINE", "complainant": {"name": "统计测试人", "idNumber": "110101199001011237",
                          "phone": "13912345678"}, "respondent": {"unit": "朝阳支行"}, "businessLine": "INSURANCE",
                         "category": "CLAIM_DISPUTE", "request": "要求赔付", "facts": "统计测试 %s", "claimedAmount": 800.00,
                         "flags": [], "jointComplainants": 1}""".formatted(UUID.randomUUID()), "stats-" + UUID.randomUUID()),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        realCase = json.readTree(created.getBody()).get("caseNumber").asText();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(realCase)
                .processDefinitionKey(CaseMonitor.PROCESS_KEY).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(ComplaintProcess.Elements.ACKNOWLEDGE).singleResult().getId());
        clock("04-16 10:00");
        Task resolve = task(pi, ComplaintProcess.Elements.FRONTLINE_RESOLVE);
        as("frontline", () -> {
            taskService.claim(resolve.getId(), "frontline");
            taskService.complete(resolve.getId(), withVariables(ComplaintProcess.Vars.RESOLVED_ON_SPOT.name(), "true",
                    ComplaintProcess.Vars.RESULT.name(), "UPHELD", ComplaintProcess.Vars.RESOLUTION.name(), "当场补办理赔手续",
                    ComplaintProcess.Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES", ComplaintProcess.Vars.SATISFIED_ON_SPOT.name(), true));
        });
        assertThat(jdbc.queryForObject("select status from complaint where case_number = ?", String.class, realCase))
                .isEqualTo("CLOSED");
    }

    /** W6: an anonymous report received on 04-07 10:00 and refused (not in remit) a day later by the intake team. */
    private void realReportRefused() throws Exception {
        clock("04-07 10:00");
        ResponseEntity<String> created = http.exchange("/api/reports", org.springframework.http.HttpMethod.POST,
                jsonEntity("""
                        {"anonymous": true, "reportedParty": {"name": "赵某", "unit": "统计测试支行"},
                         "description": "统计测试：员工私下收取手续费。", "location": "北京"}""", null),
                String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        realReport = json.readTree(created.getBody()).get("reportNumber").asText();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(realReport)
                .processDefinitionKey(WbProcess.KEY).singleResult();
        clock("04-08 10:00");
        Task assess = task(pi, WbProcess.Elements.ASSESS);
        as("wb-intake", () -> {
            taskService.claim(assess.getId(), "wb-intake");
            taskService.complete(assess.getId(), Map.of(WbProcess.Vars.AUTHENTICITY.name(), "UNCERTAIN", WbProcess.Vars.URGENCY.name(),
                    "NORMAL", WbProcess.Vars.ADMISSIBILITY.name(), "REFUSED", WbProcess.Vars.REFUSAL_REASON.name(), "NOT_IN_REMIT"));
        });
    }

    /** After the known months, so April, March and May are over (each test may move it). */
    @BeforeEach
    void afterTheKnownMonths() {
        clock("06-15 12:00");
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    /**
     * The ledger-only cases go again: open cases of a past year would be stuck cases and old open cases to
     * the other tests. The complaint and the report that ran through the processes are closed and refused.
     */
    @AfterAll
    void removeTheLedgerOnlyCases() {
        jdbc.update("delete from complaint_review where case_number like ?", PREFIX + "%");
        jdbc.update("delete from rectification_action where case_number like ?", PREFIX + "%");
        jdbc.update("delete from case_event where case_number like ?", PREFIX + "%");
        jdbc.update("delete from complaint where case_number like ?", PREFIX + "%");
        jdbc.update("delete from wb_report where report_number like ?", "JB" + PREFIX + "%");
    }

    private Task task(ProcessInstance pi, String activityId) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(activityId).singleResult();
    }

    /** As Tasklist does: the user is the engine's authenticated user while completing. */
    private void as(String user, Runnable action) {
        identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList());
        try {
            action.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    // --------------------------------------------------------------------------------- complaints

    /** Columns of {@link #line}: the figures in the order of {@link ComplaintFigures}. */
    static final String COLUMNS = "received|closed|withdrawn|openAtEnd|overdueOpen|decided|decidedWithinStatutory|"
            + "decidedWithinCompanyTarget|withinStatutoryShare|withinCompanyTargetShare|decidedLate|handlingDaysMedian|"
            + "handlingDaysP90|escalatedCases|escalations|unsatisfiedRounds|compensationCases|compensationAmount|majorComplaints";

    @Test
    void aprilInTotal() throws Exception {
        JsonNode body = get("/api/statistics/complaints?month=" + APRIL, "manager");

        assertThat(body.at("/period/from").asText()).isEqualTo(APRIL + "-01");
        assertThat(body.at("/period/to").asText()).isEqualTo(APRIL + "-30");
        assertThat(body.at("/period/zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(body.at("/period/asOf").asText()).isEqualTo(YEAR + "-04-30T16:00:00Z");
        // received A B C D E F K; closed A B G K; withdrawn F; open C D E I; overdue D I; decided A B C G K
        // (2, 10, 20, 19 and 1 days; C after its statutory deadline; A and K within the company target);
        // escalated C once and D twice; G reopened; compensation A 1,000 and C 50,000; C is a major complaint
        assertThat(line(body.get("totals"))).isEqualTo("7|4|1|4|2|5|4|2|0.8000|0.4000|1|10.00|19.60|2|3|1|2|51000.00|1");
        assertThat(body.get("groupBy").isNull()).isTrue();
        assertThat(body.get("groups")).isEmpty();
        // 核查: B upheld 04-28, G set aside 04-15, H applied 04-02 and decided only in May
        assertThat(body.get("reviews").toString()).isEqualTo(
                "{\"requested\":3,\"decided\":2,\"upheld\":1,\"changed\":0,\"setAside\":1,\"decidedLate\":0,\"openAtEnd\":1}");
        // callbacks of the cases closed in April: A, G, K satisfied; B unreachable
        assertThat(body.get("callbacks").toString()).isEqualTo(
                "{\"SATISFIED\":3,\"UNSATISFIED\":0,\"UNREACHABLE\":1,\"NONE\":0}");
        // 整改: C's and A's ordered in April, A's done; C's and H's open at the end, H's past its deadline
        assertThat(body.get("rectifications").toString()).isEqualTo(
                "{\"opened\":2,\"completed\":1,\"openAtEnd\":2,\"overdueOpen\":1}");
    }

    @Test
    void aprilByEveryDimension() throws Exception {
        Map<String, String> expected = Map.of(
                "channel", """
                        ONLINE|3|2|0|1|0|3|2|1|0.6667|0.3333|1|10.00|18.00|1|1|0|1|50000.00|1
                        HOTLINE|2|1|0|2|1|1|1|1|1.0000|1.0000|0|2.00|2.00|0|0|0|1|1000.00|0
                        APP|1|0|0|1|1|0|0|0|null|null|0|null|null|1|2|0|0|0.00|0
                        BRANCH|1|0|1|0|0|0|0|0|null|null|0|null|null|0|0|0|0|0.00|0
                        LETTER|0|1|0|0|0|1|1|0|1.0000|0.0000|0|19.00|19.00|0|0|1|0|0.00|0""",
                "businessLine", """
                        INSURANCE|5|3|1|2|1|4|3|2|0.7500|0.5000|1|10.50|19.70|2|3|1|2|51000.00|1
                        DEPOSITS|1|0|0|1|0|0|0|0|null|null|0|null|null|0|0|0|0|0.00|0
                        LOANS|1|1|0|1|1|1|1|0|1.0000|0.0000|0|10.00|10.00|0|0|0|0|0.00|0""",
                "category", """
                        CLAIM_DISPUTE|4|3|1|1|0|4|3|2|0.7500|0.5000|1|10.50|19.70|1|1|1|2|51000.00|1
                        SALES_DISPUTE|1|1|0|0|0|1|1|0|1.0000|0.0000|0|10.00|10.00|0|0|0|0|0.00|0
                        SERVICE_QUALITY|1|0|0|1|0|0|0|0|null|null|0|null|null|0|0|0|0|0.00|0
                        SURRENDER_DISPUTE|1|0|0|1|1|0|0|0|null|null|0|null|null|1|2|0|0|0.00|0
                        FEES_AND_CHARGES|0|0|0|1|1|0|0|0|null|null|0|null|null|0|0|0|0|0.00|0""",
                "level", """
                        3|5|2|1|2|1|2|2|2|1.0000|1.0000|0|1.50|1.90|1|2|0|1|1000.00|0
                        1|1|0|0|1|0|1|0|0|0.0000|0.0000|1|20.00|20.00|1|1|0|1|50000.00|1
                        2|1|2|0|1|1|2|2|0|1.0000|0.0000|0|14.50|18.10|0|0|1|0|0.00|0""",
                "result", """
                        null|3|0|1|3|2|0|0|0|null|null|0|null|null|1|2|0|0|0.00|0
                        UPHELD|2|3|0|0|0|3|3|2|1.0000|0.6667|0|2.00|15.60|0|0|1|1|1000.00|0
                        NOT_UPHELD|1|1|0|0|0|1|1|0|1.0000|0.0000|0|10.00|10.00|0|0|0|0|0.00|0
                        PARTIALLY_UPHELD|1|0|0|1|0|1|0|0|0.0000|0.0000|1|20.00|20.00|1|1|0|1|50000.00|1""",
                "rootCause", """
                        null|3|0|1|3|2|0|0|0|null|null|0|null|null|1|2|0|0|0.00|0
                        RULES_AND_PROCEDURES|2|2|0|0|0|2|2|1|1.0000|0.5000|0|5.50|9.10|0|0|0|0|0.00|0
                        CONTRACT_TERMS|1|0|0|1|0|1|0|0|0.0000|0.0000|1|20.00|20.00|1|1|0|1|50000.00|1
                        SERVICE_QUALITY|1|2|0|0|0|2|2|1|1.0000|0.5000|0|10.50|17.30|0|0|1|1|1000.00|0""",
                "unit", """
                        朝阳支行|4|3|1|1|0|4|3|2|0.7500|0.5000|1|10.50|19.70|1|1|1|2|51000.00|1
                        海淀支行|2|1|0|1|1|1|1|0|1.0000|0.0000|0|10.00|10.00|1|2|0|0|0.00|0
                        西城支行|1|0|0|2|1|0|0|0|null|null|0|null|null|0|0|0|0|0.00|0""",
                "handler", """
                        null|3|0|1|3|2|0|0|0|null|null|0|null|null|1|2|0|0|0.00|0
                        frontline|2|2|0|0|0|2|2|2|1.0000|1.0000|0|1.50|1.90|0|0|0|1|1000.00|0
                        leader|1|0|0|1|0|1|0|0|0.0000|0.0000|1|20.00|20.00|1|1|0|1|50000.00|1
                        supervisor|1|2|0|0|0|2|2|0|1.0000|0.0000|0|14.50|18.10|0|0|1|0|0.00|0""");
        Map<String, String> labels = Map.of("channel", "网站在线平台", "businessLine", "保险", "category", "理赔纠纷",
                "level", "三级", "result", "未决定", "rootCause", "未填", "unit", "朝阳支行", "handler", "未决定");

        for (String dimension : expected.keySet()) {
            JsonNode body = get("/api/statistics/complaints?month=" + APRIL + "&groupBy=" + dimension, "compliance");
            assertThat(body.get("groupBy").asText()).isEqualTo(dimension);
            List<String> lines = new ArrayList<>();
            for (JsonNode group : body.get("groups")) {
                lines.add(key(group) + "|" + line(group.get("figures")));
            }
            assertThat(String.join("\n", lines)).as(dimension).isEqualTo(expected.get(dimension));
            assertThat(body.at("/groups/0/label").asText()).as(dimension).isEqualTo(labels.get(dimension));
            // the groups add up to the totals
            assertThat(sum(body.get("groups"), "received")).isEqualTo(7);
            assertThat(sum(body.get("groups"), "openAtEnd")).isEqualTo(4);
        }
    }

    @Test
    void monthByMonthTrend() throws Exception {
        JsonNode body = get("/api/statistics/complaints/trend?from=" + YEAR + "-03-01&to=" + YEAR + "-05-31", "manager");

        List<String> months = new ArrayList<>();
        for (JsonNode month : body.get("months")) {
            months.add(month.get("month").asText() + "|" + line(month.get("figures")));
        }
        assertThat(String.join("\n", months)).isEqualTo(String.join("\n",
                // March: G H I received, H decided (10 days, after the company target) and closed; G and I open
                YEAR + "-03|3|1|0|2|0|1|1|0|1.0000|0.0000|0|10.00|10.00|0|0|0|0|0.00|0",
                YEAR + "-04|7|4|1|4|2|5|4|2|0.8000|0.4000|1|10.00|19.60|2|3|1|2|51000.00|1",
                // May: J received; C D E I J open, D E I J past their statutory deadline on 06-01
                YEAR + "-05|1|0|0|5|4|0|0|0|null|null|0|null|null|0|0|0|0|0.00|0"));
    }

    @Test
    void aPeriodStillRunningCountsOpenAndOverdueNow() throws Exception {
        clock("04-22 12:00");

        JsonNode body = get("/api/statistics/complaints?month=" + APRIL, "manager");

        assertThat(body.at("/period/asOf").asText()).isEqualTo(YEAR + "-04-22T04:00:00Z");
        // by 04-22 12:00: received A B C D E F K; closed A B G K; C decided only on 04-25; open C D E I,
        // of which C (due 04-20) and I (due 04-12) are past their statutory deadline and undecided;
        // C's escalation of 04-21 has fired, D's have not
        assertThat(line(body.get("totals"))).isEqualTo("7|4|1|4|2|4|4|2|1.0000|0.5000|0|6.00|16.30|1|1|1|1|1000.00|1");
    }

    // ----------------------------------------------------------------------------- whistleblowing

    @Test
    void whistleblowingCountsAndStageTimesOnly() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/statistics/whistleblowing?month=" + APRIL, String.class);
        JsonNode figures = json.readTree(response.getBody()).get("figures");

        // received W1 W2 W3 W5 and the real W6 (W1, W3, W6 anonymous); W1 admitted; W2, W3, W6 refused;
        // W1 (internal discipline) and W4 (no violation) decided; W1 closed; W4 and W5 open at the end
        assertThat(figures.toString()).isEqualTo("{\"received\":5,\"anonymous\":3,\"admitted\":1,\"refused\":3,"
                + "\"refusedByReason\":{\"NOT_IN_REMIT\":2,\"NO_IDENTIFIED_PARTY\":0,\"NO_SPECIFIC_FACTS\":1,"
                + "\"REPEAT_WITHOUT_NEW_FACTS\":0,\"BEFORE_COURT_OR_AUTHORITY\":0,\"OTHER\":0},"
                + "\"decided\":2,\"substantiated\":1,"
                + "\"decisions\":{\"INTERNAL_DISCIPLINE\":1,\"LEGAL_REFERRAL\":0,\"NO_VIOLATION\":1},"
                + "\"closed\":1,\"openAtEnd\":2,"
                // assessment 2, 4, 1 and 1 days; investigation 17 and 26; closing 2; receipt to closure 21
                + "\"medianDays\":{\"assessment\":1.5,\"investigation\":21.5,\"closing\":2.0,\"total\":21.0}}");
        assertThat(response.getBody()).doesNotContain(realReport, "统计测试", "赵某", "W1", "举报人-");
    }

    @Test
    void theRealReportRecordedItsOutcomeInTheLedger() {
        Map<String, Object> row = jdbc.queryForMap("select admissibility, refusal_reason, assessed_at, decision, closed_at"
                + " from wb_report where report_number = ?", realReport);
        assertThat(row.get("admissibility")).isEqualTo("REFUSED");
        assertThat(row.get("refusal_reason")).isEqualTo("NOT_IN_REMIT");
        assertThat(jdbc.queryForObject("select assessed_at from wb_report where report_number = ?", java.sql.Timestamp.class,
                realReport).toInstant()).isEqualTo(at("04-08 10:00").toInstant());
        assertThat(row.get("decision")).isNull();
        assertThat(row.get("closed_at")).isNull();
    }

    // -------------------------------------------------------------------------------- bottlenecks

    @Test
    void bottlenecksFromTheEngineHistory() throws Exception {
        JsonNode complaints = get("/api/statistics/bottlenecks?month=" + APRIL + "&process=complaint-handling", "owner");
        JsonNode reports = get("/api/statistics/bottlenecks?month=" + APRIL + "&process=whistleblowing-handling", "manager");

        // K waited one day in the front line's task (and so in the handling sub-process); every engine step
        // took no time, as the engine clock stood still while it ran
        assertThat(steps(complaints)).isEqualTo("""
                complaint-handling|SubProcess_Handling|subProcess|1|24.00|24.00|24.00|24.00|24.00|0|0.00|null|0
                complaint-handling|Task_FrontlineResolve|userTask|1|24.00|24.00|24.00|24.00|24.00|0|0.00|null|0
                complaint-handling|Task_AcknowledgeComplainant|serviceTask|1|0.00|0.00|0.00|0.00|0.00|0|0.00|null|0
                complaint-handling|Task_ApplyGrade|serviceTask|1|0.00|0.00|0.00|0.00|0.00|0|0.00|null|0
                complaint-handling|Task_CloseCase|serviceTask|1|0.00|0.00|0.00|0.00|0.00|0|0.00|null|0
                complaint-handling|Task_GradeComplaint|businessRuleTask|1|0.00|0.00|0.00|0.00|0.00|0|0.00|null|0""");
        // W6 waited one day for its assessment; its acknowledgement and refusal notice are jobs not yet run
        assertThat(steps(reports)).isEqualTo("""
                whistleblowing-handling|Task_Assess|userTask|1|24.00|24.00|24.00|24.00|24.00|0|0.00|null|0""");
    }

    // ------------------------------------------------------------------------------------- access

    @Test
    void onlyManagersAndComplianceReadTheStatisticsAndProcessOwnersTheBottlenecks() {
        for (String path : List.of("/api/statistics/complaints", "/api/statistics/complaints/trend",
                "/api/statistics/whistleblowing", "/api/statistics/monthly-report?month=" + APRIL,
                "/api/statistics/monthly-report.csv?month=" + APRIL)) {
            ResponseEntity<String> frontline = http.withBasicAuth("frontline", "demo").getForEntity(path, String.class);
            assertThat(frontline.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(frontline.getHeaders().getContentType()).as(path).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(http.withBasicAuth("owner", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(http.withBasicAuth("compliance", "demo").getForEntity(path, String.class).getStatusCode()).as(path)
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(http.withBasicAuth("owner", "demo").getForEntity("/api/statistics/bottlenecks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("wb-custodian", "demo").getForEntity("/api/statistics/bottlenecks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMalformedPeriodOrDimensionIs400NamingTheParameter() throws Exception {
        assertThat(problemFields("/api/statistics/complaints?month=2026-13")).isEqualTo("month");
        assertThat(problemFields("/api/statistics/complaints?from=2026-10-01")).isEqualTo("to");
        assertThat(problemFields("/api/statistics/complaints?from=2026-10-31&to=2026-10-01")).isEqualTo("to");
        assertThat(problemFields("/api/statistics/complaints?month=2026-10&from=2026-10-01&to=2026-10-02")).isEqualTo("month");
        assertThat(problemFields("/api/statistics/complaints?groupBy=colour")).isEqualTo("groupBy");
        assertThat(problemFields("/api/statistics/complaints/trend?from=2000-01-01&to=2026-01-01")).isEqualTo("to");
    }

    // ----------------------------------------------------------------------------- monthly report

    @Test
    void theMonthlyReportShowsTheMonthsFiguresWithoutPersonalData() {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/statistics/monthly-report?month=" + APRIL, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/html;charset=UTF-8");
        String html = response.getBody();
        assertThat(html).contains("投诉处理情况月度报告（" + YEAR + "年4月）", "一、投诉处理工作情况", "二、投诉数据统计分析",
                "三、原因分析", "四、趋势分析", "五、影响分析", "六、改进措施落实情况", "七、重大投诉专项", "八、举报处理情况", "九、流程瓶颈");
        // the KPI rows: this month and March
        assertThat(html).contains("<tr><th>受理投诉（件）</th><td>7</td><td>3</td></tr>",
                "<tr><th>办结（件）</th><td>4</td><td>1</td></tr>",
                "<tr><th>月末在办（件）</th><td>4</td><td>2</td></tr>",
                "<tr><th>法定期限内决定率</th><td>80.0%</td><td>100.0%</td></tr>",
                "<tr><th>公司时限内决定率</th><td>40.0%</td><td>0.0%</td></tr>",
                "<tr><th>处理时长中位数（天）</th><td>10.00</td><td>10.00</td></tr>",
                "<tr><th>赔偿金额（元）</th><td>51000.00</td><td>0.00</td></tr>",
                "<tr><th>核查结论：维持 / 变更 / 撤销重新处理</th><td>1 / 0 / 1</td></tr>",
                "<tr><th>其中已超过整改期限</th><td>1</td></tr>",
                "<tr><th>受理 / 不予受理</th><td>1 / 3</td></tr>");
        // the major complaint C, by number only; charts are inline SVG; nothing is loaded from elsewhere
        assertThat(html).contains(PREFIX + "C").contains("<svg").doesNotContain("<script", "http://", "https://");
        assertThat(html).doesNotContain("统计测试人", "110101199001011237", "13912345678", "13800000000");
    }

    @Test
    void theLedgerCsvHasTheMonthsCasesAndNoPersonalData() {
        ResponseEntity<byte[]> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/statistics/monthly-report.csv?month=" + APRIL, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("casedesk-ledger-" + APRIL + ".csv");
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF投诉编号,受理渠道,业务类别,投诉类型,投诉等级,重大投诉,当前状态,受理时间,法定期限,公司时限,决定时间,"
                + "法定期限内决定,处理结果,处理措施,原因分类,赔偿金额,被投诉单位,处理人,处理轮次,督办次数,回访结果,告知时间,结案时间,撤回时间\r\n");
        List<String> rows = csv.lines().skip(1).toList();
        // received in April, or received before and still open on 04-01: G and I, then A to F and K; not H, not J
        assertThat(rows).extracting(r -> r.split(",")[0]).containsExactly(PREFIX + "G", PREFIX + "I", PREFIX + "A",
                PREFIX + "B", PREFIX + "C", PREFIX + "D", PREFIX + "F", realCase, PREFIX + "E");
        assertThat(rows.get(4)).isEqualTo(PREFIX + "C,网站在线平台,保险,理赔纠纷,一级,是,已告知," + YEAR + "-04-05 08:00,"
                + YEAR + "-04-20 23:59," + YEAR + "-04-15 23:59," + YEAR + "-04-25 08:00,否,部分支持,,合同条款,50000.00,朝阳支行,leader,1,0,,,,");
        assertThat(rows.get(6)).isEqualTo(PREFIX + "F,营业网点,保险,理赔纠纷,三级,否,已撤回," + YEAR + "-04-12 10:00,"
                + YEAR + "-04-27 23:59," + YEAR + "-04-19 23:59,,,,,,,朝阳支行,,1,0,,,," + YEAR + "-04-14 10:00");
        assertThat(csv).doesNotContain("统计测试人", "110101199001011237", "13912345678", "13800000000", "张三");
    }

    // ---------------------------------------------------------------------------------- fixtures

    private void insert(Known k) {
        OffsetDateTime statutory = at(k.statutoryDue()).plusSeconds(59);
        OffsetDateTime target = at(k.targetDue()).plusSeconds(59);
        jdbc.update("""
                insert into complaint (case_number, channel, complainant_name, complainant_id_number, complainant_phone,
                  respondent_unit, respondent_staff, business_line, category, request, facts, joint_complainants, received_at,
                  level, status, reply_due_by, statutory_due_by, target_due_by, clock_started_at, handling_round,
                  result, root_cause, compensation_amount, decided_at, decided_by, callback_outcome, escalation_count,
                  closed_at, withdrawn_at, major_complaint, version)
                values (?, ?, '王统计', '11010119800101000X', '13800000000', ?, '钱某', ?, ?, '要求处理', '统计测试', 1, ?,
                  ?, ?, ?, ?, ?, ?, 1, ?, ?, cast(? as numeric), ?, ?, ?, 0, ?, ?, ?, 0)""",
                PREFIX + k.id(), k.channel(), k.unit(), k.businessLine(), k.category(), at(k.received()), k.level(),
                k.status(), statutory.isBefore(target) ? statutory : target, statutory, target, at(k.received()),
                k.result(), k.rootCause(), k.compensation(), at(k.decided()), k.decidedBy(), k.callback(),
                at(k.closed()), at(k.withdrawn()), k.major());
    }

    private void event(String id, String type, String when) {
        jdbc.update("insert into case_event (case_number, occurred_at, actor, event_type, detail) values (?, ?, 'test', ?, ?)",
                PREFIX + id, at(when), type, "统计测试");
    }

    private void review(String id, String requested, String due, String decided, String outcome) {
        jdbc.update("""
                insert into complaint_review (case_number, reason, requested_at, registered_by, review_due_by, status,
                  outcome, opinion, reviewed_by, decided_at)
                values (?, '不服处理决定', ?, 'frontline', ?, 'DECIDED', ?, '核查意见', 'reviewer', ?)""",
                PREFIX + id, at(requested), at(due).plusSeconds(59), outcome, at(decided));
    }

    private void rectification(String id, String created, String deadline, String completed) {
        jdbc.update("""
                insert into rectification_action (case_number, department, owner, description, deadline, status, created_at,
                  created_by, completed_at, reminder_count, escalation_count, version)
                values (?, 'dept-claims', null, '修订理赔时效规则', ?, ?, ?, 'supervisor', ?, 0, 0, 0)""",
                PREFIX + id, java.time.LocalDate.parse(deadline), completed == null ? "OPEN" : "DONE", at(created),
                at(completed));
    }

    private void report(String id, boolean anonymous, String received, String admissibility, String refusal,
                        String assessed, String decision, String decided, String closed) {
        String status = closed != null ? "CLOSED" : decision != null ? "DECIDED" : "REFUSED".equals(admissibility)
                ? "REFUSED" : admissibility != null ? "ADMITTED" : "RECEIVED";
        jdbc.update("""
                insert into wb_report (report_number, anonymous, pseudonym, reported_name, reported_unit, description,
                  received_at, status, receipt_lookup, receipt_verifier, version, admissibility, refusal_reason,
                  assessed_at, decision, decided_at, closed_at)
                values (?, ?, ?, '某人', '某支行', '统计测试举报', ?, ?, ?, 'x', 0, ?, ?, ?, ?, ?, ?)""",
                "JB" + PREFIX + id, anonymous, "举报人-" + id, at(received), status, UUID.randomUUID().toString(),
                admissibility, refusal, at(assessed), decision, at(decided), at(closed));
    }

    /** "MM-dd HH:mm" of {@link #YEAR} in Beijing time; null stays null. */
    static OffsetDateTime at(String monthDayTime) {
        if (monthDayTime == null) {
            return null;
        }
        return LocalDateTime.parse(YEAR + "-" + monthDayTime.replace(' ', 'T')).atZone(SHANGHAI).toOffsetDateTime();
    }

    static void clock(String monthDayTime) {
        ClockUtil.setCurrentTime(Date.from(at(monthDayTime).toInstant()));
    }

    private HttpEntity<String> jsonEntity(String body, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return new HttpEntity<>(body, headers);
    }

    private JsonNode get(String path, String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-store");
        return json.readTree(response.getBody());
    }

    private String problemFields(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return String.join(",", fields);
    }

    private static String key(JsonNode group) {
        return group.get("key").isNull() ? "null" : group.get("key").asText();
    }

    /** The figures as "received|closed|…" in the order of {@link #COLUMNS}. */
    static String line(JsonNode f) {
        List<String> cells = new ArrayList<>();
        for (String column : COLUMNS.split("\\|")) {
            JsonNode v = f.get(column);
            assertThat(v).as(column).isNotNull();
            if (v.isNull()) {
                cells.add("null");
            } else if (column.endsWith("Share")) {
                cells.add(String.format(Locale.ROOT, "%.4f", v.asDouble()));
            } else if (column.startsWith("handlingDays") || column.equals("compensationAmount")) {
                cells.add(String.format(Locale.ROOT, "%.2f", v.asDouble()));
            } else {
                cells.add(v.asText());
            }
        }
        assertThat(f.size()).as("every figure is checked").isEqualTo(cells.size());
        return String.join("|", cells);
    }

    private static long sum(JsonNode groups, String figure) {
        long sum = 0;
        for (JsonNode g : groups) {
            sum += g.get("figures").get(figure).asLong();
        }
        return sum;
    }

    private static String steps(JsonNode body) {
        List<String> lines = new ArrayList<>();
        for (JsonNode s : body.get("steps")) {
            List<String> cells = new ArrayList<>();
            for (String column : List.of("processKey", "activityId", "activityType", "completed", "medianHours",
                    "p90Hours", "avgHours", "maxHours", "totalHours", "waiting", "waitingHours", "oldestWaitingHours",
                    "lateTasks")) {
                JsonNode v = s.get(column);
                cells.add(v.isNull() ? "null" : v.isFloatingPointNumber() || column.endsWith("Hours")
                        ? String.format(Locale.ROOT, "%.2f", v.asDouble()) : v.asText());
            }
            assertThat(s.size()).as("every figure is checked (and activityName)").isEqualTo(cells.size() + 1);
            lines.add(String.join("|", cells));
        }
        return String.join("\n", lines);
    }
}
