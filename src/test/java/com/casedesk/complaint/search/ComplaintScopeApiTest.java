package com.casedesk.complaint.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.access.Recusal;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
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
 * GET /api/complaints?scope=mine|group (我的案件 / 本组案件): the open tasks a user holds or the case they own,
 * the open tasks of their groups — always within what the plain search shows them (need-to-know, 回避). The
 * fixture's cases share a respondent unit no other test uses, so counts hold in the shared database.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplaintScopeApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired TaskService tasks;
    @Autowired Recusal recusal;

    final String marker = "范围" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    final String unit = marker + "支行";
    final String phone = "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    final List<String> cases = new ArrayList<>();

    /**
     * Five cases registered by frontline, each waiting in 本组待办 of complaint-frontline. frontline2 claims case 0
     * (assignee and owner), is made the owner of case 1 without holding its task (e.g. a task of another process
     * of the case beside it), and is recused from cases 2 (a group task) and 3 (owned by frontline2 as well).
     * Case 4 carries the phone.
     */
    @BeforeAll
    void registerCases() throws Exception {
        for (int i = 0; i < 5; i++) {
            String body = Complaints.exampleJson("HOTLINE").replace("朝阳支行", unit)
                    .replace("13800138000", i == 4 ? phone : "13700000000");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> created = http.withBasicAuth("frontline", "demo")
                    .postForEntity("/api/complaints", new HttpEntity<>(body, headers), String.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            cases.add(json.readTree(created.getBody()).get("caseNumber").asText());
        }
        for (String caseNumber : cases) {
            assertThat(openTasks(caseNumber)).as(caseNumber).isNotEmpty();
        }
        tasks.claim(openTasks(cases.get(0)).get(0).getId(), "frontline2");
        owner(1, "frontline2");
        owner(3, "frontline2");
        recusal.declare(cases.get(2), "frontline2", "亲属关系");
        recusal.declare(cases.get(3), "frontline2", "亲属关系");
    }

    @Test
    void mineIsTheCasesWhoseOpenTaskTheUserHoldsOrThatTheyOwnUnlessRecused() throws Exception {
        assertThat(caseNumbers(search("frontline2", "scope=mine&q=" + unit)))
                .containsExactlyInAnyOrder(cases.get(0), cases.get(1));
        // registering the cases made them frontline's work, not frontline's cases
        assertThat(search("frontline", "scope=mine&q=" + unit).get("total").asLong()).isZero();
    }

    @Test
    void groupIsTheCasesWithAnOpenTaskOfOneOfTheUsersGroupsClaimedOrNotUnlessRecused() throws Exception {
        assertThat(caseNumbers(search("frontline", "scope=group&q=" + unit))).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(caseNumbers(search("frontline2", "scope=group&q=" + unit)))
                .containsExactlyInAnyOrder(cases.get(0), cases.get(1), cases.get(4));
    }

    @Test
    void aUserOfAnotherGroupHasNoneOfThemEvenWhenTheyMaySeeEveryCase() throws Exception {
        for (String user : List.of("claims", "supervisor", "manager", "wb-intake")) {
            assertThat(search(user, "scope=group&q=" + unit).get("total").asLong()).as(user).isZero();
            assertThat(search(user, "scope=mine&q=" + unit).get("total").asLong()).as(user).isZero();
        }
        // the plain search still shows the overseers every case
        assertThat(search("supervisor", "q=" + unit).get("total").asLong()).isEqualTo(5);
    }

    @Test
    void aRecusedUserFindsNothingOfTheCaseInAnyScopeByNumberOrPhone() throws Exception {
        for (String scope : List.of("mine", "group", "")) {
            assertThat(search("frontline2", "scope=" + scope + "&q=" + cases.get(2)).get("total").asLong()).isZero();
            assertThat(search("frontline2", "scope=" + scope + "&q=" + cases.get(3)).get("total").asLong()).isZero();
        }
        assertThat(caseNumbers(search("frontline2", "scope=group&q=" + phone))).containsExactly(cases.get(4));
        assertThat(caseNumbers(search("frontline", "scope=group&q=" + cases.get(3)))).containsExactly(cases.get(3));
    }

    @Test
    void aScopePagesAndCountsTheWhole() throws Exception {
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            JsonNode page = search("frontline", "scope=group&q=" + unit + "&size=2&page=" + p);
            assertThat(page.get("total").asLong()).isEqualTo(5);
            assertThat(page.get("items").size()).isEqualTo(p < 2 ? 2 : 1);
            seen.addAll(caseNumbers(page));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(caseNumbers(search("frontline", "scope=group&q=" + unit + "&status=CLOSED"))).isEmpty();
    }

    @Test
    void anotherScopeIs400NamingIt() throws Exception {
        for (String bad : List.of("all", "MINE ", "team", "mine,group")) {
            ResponseEntity<String> response = http.withBasicAuth("frontline", "demo").getForEntity(
                    URI.create(http.getRootUri() + "/api/complaints?scope=" + encode(bad)), String.class);
            assertThat(response.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly("scope");
        }
    }

    @Test
    void aScopedSearchIsAuditedWithItsScopeAndThePhoneMasked() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);

        search("frontline2", "scope=group&q=" + encode("+86 " + phone));

        List<String> details = jdbc.queryForList("select detail from audit_log where id > ? and action = 'COMPLAINT_SEARCH'"
                + " and actor = 'frontline2'", String.class, before);
        assertThat(details).hasSize(1);
        assertThat(details.get(0)).contains("scope=group", "(phone)", "total=1", cases.get(4))
                .contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
    }

    private List<Task> openTasks(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
    }

    private void owner(int i, String owner) {
        jdbc.update("update complaint set current_owner = ? where case_number = ?", owner, cases.get(i));
    }

    private JsonNode search(String user, String query) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(
                URI.create(URI.create(http.getRootUri() + "/api/complaints?" + query).toASCIIString()), String.class);
        assertThat(response.getStatusCode()).as(user + " " + query + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> caseNumbers(JsonNode page) {
        return page.get("items").findValuesAsText("caseNumber");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
