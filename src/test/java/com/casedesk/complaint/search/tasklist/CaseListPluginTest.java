package com.casedesk.complaint.search.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.access.Recusal;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
 * The 我的案件 / 本组案件 Tasklist plugin over HTTP, as Tasklist calls it: the module and its registration, the
 * webapp session (no session, HTTP Basic: refused), and for every user exactly what GET /api/complaints shows
 * them, with the rows' labels, Beijing times and overdue mark, the same 400s and the same audit.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseListPluginTest {

    static final String BASE = "/camunda/api/tasklist/plugin/casedesk-cases";
    static final String CASES = BASE + "/default/cases";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired Recusal recusal;

    final String marker = "列表" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    final String unit = marker + "支行";
    final List<String> cases = new ArrayList<>();

    /**
     * Four cases in 本组待办 of complaint-frontline; frontline2 claims case 0; case 1 is overdue and level 1;
     * frontline2 is recused from case 3.
     */
    @BeforeAll
    void registerCases() throws Exception {
        for (int i = 0; i < 4; i++) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> created = http.withBasicAuth("frontline", "demo").postForEntity("/api/complaints",
                    new HttpEntity<>(Complaints.exampleJson("HOTLINE").replace("朝阳支行", unit), headers), String.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            cases.add(json.readTree(created.getBody()).get("caseNumber").asText());
        }
        tasks.claim(tasks.createTaskQuery().processInstanceBusinessKey(cases.get(0)).list().get(0).getId(), "frontline2");
        jdbc.update("update complaint set level = 1, reply_due_by = ?, decided_at = null where case_number = ?",
                Timestamp.from(LocalDateTime.parse("2020-03-01T23:59:00").atZone(ZoneId.of("Asia/Shanghai")).toInstant()),
                cases.get(1));
        recusal.declare(cases.get(3), "frontline2", "亲属关系");
    }

    @Test
    void tasklistLoadsThePluginModule() {
        ResponseEntity<String> module = http.getForEntity(BASE + "/static/app/plugin.js", String.class);
        assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(module.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(module.getBody()).contains("export default", "tasklist.navbar.action", "我的案件", "本组案件",
                "/cases?", "已逾期").doesNotContain("http://", "https://", "/api/complaints?");
        assertThat(http.getForEntity(BASE + "/static/app/plugin.css", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getBody()).contains("casedesk-cases");
    }

    @Test
    void withoutATasklistSessionTheListIsRefused() {
        assertThat(http.getForEntity(CASES + "?scope=group", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the API's HTTP Basic login is no webapp session
        ResponseEntity<String> basic = http.withBasicAuth("frontline", "demo").getForEntity(CASES + "?scope=group", String.class);
        assertThat(basic.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(basic.getBody()).doesNotContain(cases.get(0));
        // a session is for its engine only; the list is read, never written
        WebappLogin.Session session = WebappLogin.as(http, "frontline", "tasklist");
        ResponseEntity<String> otherEngine = http.exchange(BASE + "/other/cases?scope=group", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class);
        assertThat(otherEngine.getStatusCode().is2xxSuccessful()).as(otherEngine.getBody()).isFalse();
        ResponseEntity<String> post = http.exchange(CASES + "?scope=group", HttpMethod.POST,
                new HttpEntity<>(session.headers()), String.class);
        assertThat(post.getStatusCode().is2xxSuccessful()).isFalse();
        assertThat(String.valueOf(post.getBody())).doesNotContain(cases.get(0));
    }

    @ParameterizedTest
    @CsvSource({"frontline,mine", "frontline,group", "frontline,", "frontline2,mine", "frontline2,group", "frontline2,",
            "claims,group", "claims,", "supervisor,group", "supervisor,", "wb-intake,", "owner,"})
    void everyoneSeesExactlyWhatTheApiShowsThem(String user, String scope) throws Exception {
        String query = "q=" + encode(unit) + "&size=100" + (scope == null ? "" : "&scope=" + scope);
        ResponseEntity<String> api = http.withBasicAuth(user, "demo")
                .getForEntity(URI.create(http.getRootUri() + "/api/complaints?" + query), String.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);

        JsonNode plugin = list(user, query);

        JsonNode expected = json.readTree(api.getBody());
        assertThat(plugin.get("items").findValuesAsText("caseNumber"))
                .containsExactlyElementsOf(expected.get("items").findValuesAsText("caseNumber"));
        assertThat(plugin.get("total").asLong()).isEqualTo(expected.get("total").asLong());
    }

    @Test
    void theScopesOfTheFrontLineWithTheTaskToOpen() throws Exception {
        JsonNode mine = list("frontline2", "scope=mine&q=" + encode(unit));
        assertThat(mine.get("items").findValuesAsText("caseNumber")).containsExactly(cases.get(0));
        assertThat(mine.at("/items/0/taskId").asText()).isEqualTo(openTaskId(cases.get(0)));
        assertThat(list("frontline", "scope=group&q=" + encode(unit)).get("items").findValuesAsText("caseNumber"))
                .containsExactlyInAnyOrderElementsOf(cases);
        assertThat(list("frontline", "scope=group&q=" + cases.get(2)).at("/items/0/taskId").asText())
                .isEqualTo(openTaskId(cases.get(2)));
        // the recused colleague sees the others, never that case
        assertThat(list("frontline2", "scope=group&q=" + encode(unit)).get("items").findValuesAsText("caseNumber"))
                .containsExactlyInAnyOrder(cases.get(0), cases.get(1), cases.get(2));
        assertThat(list("frontline2", "q=" + cases.get(3)).get("total").asLong()).isZero();
        assertThat(list("claims", "scope=group&q=" + encode(unit)).get("total").asLong()).isZero();
    }

    private String openTaskId(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().get(0).getId();
    }

    @Test
    void aRowCarriesLabelsTheDeadlineInBeijingTimeAndTheOverdueMarkButNoPersonalData() throws Exception {
        JsonNode page = list("frontline", "scope=group&q=" + cases.get(1));
        assertThat(page.get("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(page.get("scope").asText()).isEqualTo("group");
        JsonNode row = page.get("items").get(0);
        assertThat(row.get("caseNumber").asText()).isEqualTo(cases.get(1));
        assertThat(row.get("level").asInt()).isEqualTo(1);
        assertThat(row.get("levelLabel").asText()).isEqualTo("一级");
        assertThat(row.get("categoryLabel").asText()).isEqualTo("理赔纠纷");
        assertThat(row.get("statusLabel").asText()).isNotBlank().doesNotContain("_");
        assertThat(row.get("replyDueBy").asText()).isEqualTo("2020-03-01 23:59");
        assertThat(row.get("overdue").asBoolean()).isTrue();
        assertThat(row.toString()).doesNotContain("张三", "13800138000", unit);

        JsonNode other = list("frontline", "scope=group&q=" + cases.get(2)).get("items").get(0);
        assertThat(other.get("overdue").asBoolean()).isFalse();
    }

    @Test
    void pagesLikeTheApi() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            JsonNode page = list("frontline", "scope=group&size=2&page=" + p + "&q=" + encode(unit));
            assertThat(page.get("total").asLong()).isEqualTo(4);
            assertThat(page.get("size").asInt()).isEqualTo(2);
            seen.addAll(page.get("items").findValuesAsText("caseNumber"));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(cases);
    }

    @Test
    void badParametersAre400NamingThem() throws Exception {
        WebappLogin.Session session = WebappLogin.as(http, "frontline", "tasklist");
        ResponseEntity<String> response = http.exchange(URI.create(http.getRootUri() + CASES + "?scope=all&level=9"),
                HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("scope", "level");
    }

    @Test
    void aSearchIsAuditedAsTheSessionsUser() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);

        list("frontline2", "scope=group&q=" + encode(unit));

        List<Map<String, Object>> rows = jdbc.queryForList("select actor, detail from audit_log where id > ?"
                + " and action = 'COMPLAINT_SEARCH' and detail like ?", before, "%" + unit + "%");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor")).isEqualTo("frontline2");
        assertThat(rows.get(0).get("detail").toString()).contains("scope=group", "total=3");
    }

    private JsonNode list(String user, String query) throws Exception {
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        ResponseEntity<String> response = http.exchange(URI.create(http.getRootUri() + CASES + "?" + query),
                HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
        assertThat(response.getStatusCode()).as(user + " " + query + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
