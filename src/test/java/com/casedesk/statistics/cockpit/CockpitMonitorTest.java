package com.casedesk.statistics.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 投诉监控 Cockpit plugin over HTTP, as Cockpit calls it: the module and its registration in Cockpit's
 * page, the webapp session login, the group check, and the dashboard's figures for cases written into the
 * ledger with known dates. Open counts include every other test's cases, so they are compared before and
 * after; the lists start with cases older than any other test's, and the daily series is in a year no other
 * test uses. The rendering itself is checked in Chromium by .ci/e2e/public-pages.spec.mjs.
 */
@PostgresTest
class CockpitMonitorTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String DASHBOARD = "/camunda/api/cockpit/plugin/casedesk-monitor/default/dashboard";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;

    final String prefix = "CM" + ThreadLocalRandom.current().nextInt(1_000_000);
    final String owner = "stat-monitor-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        // the ledger-only cases go again: other tests sweep for old open cases
        jdbc.update("delete from case_event where case_number like ?", prefix + "%");
        jdbc.update("delete from complaint where case_number like ?", prefix + "%");
    }

    @Test
    void cockpitLoadsThePluginModule() {
        ResponseEntity<String> module = http.getForEntity(
                "/camunda/api/cockpit/plugin/casedesk-monitor/static/app/plugin.js", String.class);
        assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(module.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(module.getBody()).contains("export default", "cockpit.dashboard", "cockpit.route", "cockpit.navigation",
                "投诉监控", "#/process-instance/").doesNotContain("http://", "https://");
        assertThat(http.getForEntity("/camunda/api/cockpit/plugin/casedesk-monitor/static/app/plugin.css", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> page = http.getForEntity("/camunda/app/cockpit/default/", String.class);
        assertThat(page.getBody()).contains("casedesk-monitor");
    }

    @Test
    void theDashboardNeedsACockpitSessionOfAManagerComplianceOrAdministrator() throws Exception {
        assertThat(http.getForEntity(DASHBOARD, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(dashboardAs("frontline", "tasklist").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(dashboardAs("owner").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        for (String user : List.of("manager", "compliance", "admin")) {
            ResponseEntity<String> response = dashboardAs(user);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(response.getBody()).get("open").asLong()).as(user).isNotNegative();
        }
        // the statistics API's HTTP Basic login is no Cockpit session
        assertThat(http.withBasicAuth("manager", "demo").getForEntity(DASHBOARD, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDashboardShowsOpenedClosedBacklogDeadlinesAndOldestCases() throws Exception {
        clock("2999-06-15 12:00");
        JsonNode before = dashboard();

        // M1, M2: open since 1990, older than any other case; M1 past its statutory deadline, M2 past its reply
        // deadline only, in another open status (the lists merge the statuses' own first rows); M3 received today, due within the 3 days; M4 received yesterday and closed today;
        // M5 decided (so on no deadline list) but not yet closed
        insert("M1", 1, "IN_HANDLING", "1990-01-01 10:00", "1990-01-10 23:59", "1990-01-16 23:59", null, null);
        insert("M2", 2, "RECEIVED", "1990-01-02 10:00", "1990-01-11 23:59", "2999-06-20 23:59", null, null);
        insert("M3", 2, "IN_HANDLING", "2999-06-15 09:00", "2999-06-16 23:59", "2999-06-30 23:59", null, null);
        insert("M4", 3, "CLOSED", "2999-06-14 09:00", "2999-06-21 23:59", "2999-06-29 23:59", "2999-06-15 08:00", null);
        insert("M5", 3, "DECIDED", "2999-06-13 09:00", "2999-06-13 23:59", "2999-06-28 23:59", null, "2999-06-14 09:00");

        JsonNode after = dashboard();

        assertThat(after.get("asOf").asText()).isEqualTo("2999-06-15 12:00");
        assertThat(after.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(after.get("open").asLong() - before.get("open").asLong()).isEqualTo(4);
        assertThat(after.get("overdueStatutory").asLong() - before.get("overdueStatutory").asLong()).isEqualTo(1);
        assertThat(after.get("overdueReply").asLong() - before.get("overdueReply").asLong()).isEqualTo(2);
        assertThat(after.get("nearDeadline").asLong() - before.get("nearDeadline").asLong()).isEqualTo(1);

        // 30 days up to today, with nothing but these cases in them
        List<String> days = new ArrayList<>();
        after.get("days").forEach(d -> {
            if (d.get("opened").asLong() + d.get("closed").asLong() > 0) {
                days.add(d.get("date").asText() + " " + d.get("opened").asLong() + "/" + d.get("closed").asLong());
            }
        });
        assertThat(after.get("days")).hasSize(30);
        assertThat(after.at("/days/0/date").asText()).isEqualTo("2999-05-17");
        assertThat(days).containsExactly("2999-06-13 1/0", "2999-06-14 1/0", "2999-06-15 1/1");

        List<String> backlog = new ArrayList<>();
        after.get("backlog").forEach(b -> {
            if (owner.equals(b.get("owner").asText())) {
                backlog.add(b.get("levelLabel").asText() + " " + b.get("open").asLong());
            }
        });
        assertThat(backlog).containsExactly("一级 1", "二级 2", "三级 1");

        assertThat(row(after.at("/deadlines/0"))).isEqualTo(prefix + "M1|1|一级|" + owner + "|IN_HANDLING|1990-01-01 10:00|"
                + "1990-01-10 23:59|1990-01-16 23:59|" + ageDays("1990-01-01 10:00") + "|OVERDUE_STATUTORY|null");
        assertThat(row(after.at("/deadlines/1"))).isEqualTo(prefix + "M2|2|二级|" + owner + "|RECEIVED|1990-01-02 10:00|"
                + "1990-01-11 23:59|2999-06-20 23:59|" + ageDays("1990-01-02 10:00") + "|OVERDUE|null");
        assertThat(row(after.at("/oldest/0"))).startsWith(prefix + "M1|");
        assertThat(row(after.at("/oldest/1"))).startsWith(prefix + "M2|");
        assertThat(after.get("deadlines")).hasSizeLessThanOrEqualTo(15);
        assertThat(after.get("oldest")).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void statutoryBreachesShowThisMonthsMissedStatutesAndTheOpenUndecidedCasesWithOne() throws Exception {
        clock("2999-06-15 12:00");
        JsonNode before = dashboard();

        // B1 open and undecided, its statute missed on 06-01 (this month, Beijing) and once last month;
        // B2 missed its statute this month but is decided since; B3 past its statute with no breach recorded
        insert("B1", 1, "IN_HANDLING", "2999-04-01 10:00", "2999-04-10 23:59", "2999-04-16 23:59", null, null);
        insert("B2", 2, "DECIDED", "2999-05-20 10:00", "2999-05-27 23:59", "2999-06-04 23:59", null, "2999-06-08 10:00");
        insert("B3", 3, "IN_HANDLING", "2999-05-25 10:00", "2999-06-01 23:59", "2999-06-09 23:59", null, null);
        breach("B1", "2999-05-31 23:59");
        breach("B1", "2999-06-01 00:00");
        breach("B2", "2999-06-05 00:00");

        JsonNode after = dashboard();
        assertThat(after.get("statutoryBreachesThisMonth").asLong() - before.get("statutoryBreachesThisMonth").asLong())
                .isEqualTo(2);
        assertThat(after.get("statutoryBreachedOpen").asLong() - before.get("statutoryBreachedOpen").asLong())
                .isEqualTo(1);
        assertThat(after.get("overdueStatutory").asLong() - before.get("overdueStatutory").asLong()).isEqualTo(2);
        assertThat(http.getForObject("/camunda/api/cockpit/plugin/casedesk-monitor/static/app/plugin.js", String.class))
                .contains("法定期限违规", "statutoryBreachesThisMonth", "statutoryBreachedOpen");
    }

    @Test
    void aCaseLinksToItsProcessInstanceWithItsGroupsName() throws Exception {
        clock("2999-07-01 10:00");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "monitor-" + UUID.randomUUID());
        ResponseEntity<String> created = http.postForEntity("/api/complaints", new HttpEntity<>("""
                {"channel": "ONLINE", "complainant": {"name": "监控测试", "phone": "13900000000"},
                 "businessLine": "INSURANCE", "category": "CLAIM_DISPUTE", "request": "要求赔付",
                 "facts": "监控测试 %s", "flags": [], "jointComplainants": 1}""".formatted(UUID.randomUUID()), headers),
                String.class);
        String caseNumber = json.readTree(created.getBody()).get("caseNumber").asText();
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-handling").singleResult().getId();
        // older than every other case, so it heads the list
        jdbc.update("update complaint set received_at = ? where case_number = ?", at("1989-12-31 10:00"), caseNumber);

        JsonNode first = dashboard().at("/oldest/0");

        assertThat(first.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(first.get("processInstanceId").asText()).isEqualTo(processInstanceId);
        assertThat(first.get("owner").asText()).isEqualTo("complaint-frontline");
        assertThat(first.get("ownerName").asText()).isEqualTo("前台客服 Front-line customer service");
        assertThat(first.toString()).doesNotContain("监控测试", "13900000000");
        // no longer the oldest: the other tests' sweeps for idle cases must not find it
        jdbc.update("update complaint set received_at = ? where case_number = ?", at("2999-07-01 10:00"), caseNumber);
    }

    // ---------------------------------------------------------------------------------- helpers

    private JsonNode dashboard() throws Exception {
        ResponseEntity<String> response = dashboardAs("manager");
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** Logs in to Cockpit as the webapp does (CSRF token, session cookie) and reads the dashboard. */
    private ResponseEntity<String> dashboardAs(String user) {
        return dashboardAs(user, "cockpit");
    }

    /** Logs in to one of the webapps (the front line has no Cockpit: it logs in to Tasklist) and asks. */
    private ResponseEntity<String> dashboardAs(String user, String app) {
        WebappLogin.Session session = WebappLogin.as(http, user, app);
        return http.exchange(DASHBOARD, HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
    }

    private void insert(String id, int level, String status, String received, String replyDue, String statutoryDue,
                        String closed, String decided) {
        jdbc.update("""
                insert into complaint (case_number, channel, complainant_name, business_line, category, request, facts,
                  joint_complainants, received_at, level, status, current_owner, reply_due_by, statutory_due_by,
                  clock_started_at, handling_round, escalation_count, closed_at, decided_at, version)
                values (?, 'HOTLINE', '监控测试', 'INSURANCE', 'CLAIM_DISPUTE', '要求处理', '监控测试', 1, ?, ?, ?, ?, ?, ?, ?,
                  1, 0, ?, ?, 0)""",
                prefix + id, at(received), level, status, owner, at(replyDue).plusSeconds(59), at(statutoryDue).plusSeconds(59),
                at(received), at(closed), at(decided));
    }

    private void breach(String id, String at) {
        jdbc.update("insert into case_event (case_number, actor, event_type, detail, occurred_at)"
                + " values (?, 'system', 'STATUTORY_DEADLINE_MISSED', '监控测试', ?)", prefix + id, at(at));
    }

    private static String row(JsonNode r) {
        List<String> cells = new ArrayList<>();
        for (String field : List.of("caseNumber", "level", "levelLabel", "owner", "status", "receivedAt", "replyDueBy",
                "statutoryDueBy", "ageDays", "deadline", "processInstanceId")) {
            cells.add(r.get(field).isNull() ? "null" : r.get(field).asText());
        }
        assertThat(r.get("ownerName").isNull()).isTrue();
        return String.join("|", cells);
    }

    /** Days from the time to the clock, one decimal, as the dashboard shows them. */
    private static String ageDays(String received) {
        long minutes = Duration.between(at(received).toInstant(), ClockUtil.getCurrentTime().toInstant()).toMinutes();
        return String.valueOf(Math.round(minutes / 144.0) / 10.0);
    }

    private static OffsetDateTime at(String dateTime) {
        return dateTime == null ? null
                : LocalDateTime.parse(dateTime.replace(' ', 'T')).atZone(SHANGHAI).toOffsetDateTime();
    }

    private static void clock(String dateTime) {
        ClockUtil.setCurrentTime(Date.from(at(dateTime).toInstant()));
    }
}
