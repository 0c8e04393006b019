package com.casedesk.complaint.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.access.Recusal;
import com.casedesk.support.Complaints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * GET /api/complaints over HTTP (on PostgreSQL: ComplaintSearchApiTest; on the embedded H2 default:
 * ComplaintSearchOnH2Test — no trigram indexes there, the same SQL): every role finds exactly the cases it may open one by one,
 * paged and sorted, every filter, every kind of q, 400s, audit and masking. The fixture's cases share a
 * respondent unit no other test uses, so the counts hold in the shared database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ComplaintSearchContract {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Recusal recusal;
    @Autowired ComplaintSearch service;

    final String marker = "搜测" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    final String unit = marker + "支行";
    final String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    final List<String> cases = new ArrayList<>();
    final Instant base = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /**
     * Five cases registered by the front line on the hotline: 0 due in 30 days (level 2), 1 and 2 the same day
     * (levels 3 and 1: the level breaks the tie), 3 overdue and in handling, 4 overdue but closed. Case 0 has the
     * phone typed with spaces and +86; supervisor2 is recused from case 0; the process owner acted on case 2.
     */
    @BeforeAll
    void registerCases() throws Exception {
        String[] names = {"欧阳晓明", "司马光", "诸葛亮", "上官婉儿", "东方朔"};
        for (int i = 0; i < names.length; i++) {
            String body = Complaints.exampleJson("HOTLINE").replace("张三", names[i] + marker)
                    .replace("朝阳支行", unit).replace("13800138000", i == 0 ? "+86 139 " + phone.substring(3, 7)
                            + " " + phone.substring(7) : "13700000000");
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> created = http.withBasicAuth("frontline", "demo")
                    .postForEntity("/api/complaints", new HttpEntity<>(body, headers), String.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            cases.add(json.readTree(created.getBody()).get("caseNumber").asText());
        }
        set(0, "IN_HANDLING", 2, base);
        set(1, "IN_HANDLING", 3, base.plus(1, ChronoUnit.DAYS));
        set(2, "IN_HANDLING", 1, base.plus(1, ChronoUnit.DAYS));
        set(3, "IN_HANDLING", 2, base.minus(40, ChronoUnit.DAYS));
        set(4, "CLOSED", 3, base.minus(35, ChronoUnit.DAYS));
        recusal.declare(cases.get(0), "supervisor2", "亲属关系");
        jdbc.update("insert into case_event (case_number, occurred_at, actor, event_type, detail) values (?, ?, ?, ?, ?)",
                cases.get(2), Timestamp.from(Instant.now()), "owner", "NOTE", "test: the process owner acted");
    }

    private void set(int i, String status, int level, Instant due) {
        jdbc.update("update complaint set status = ?, level = ?, reply_due_by = ?, decided_at = null where case_number = ?",
                status, level, Timestamp.from(due), cases.get(i));
    }

    @ParameterizedTest
    @CsvSource({"frontline", "frontline2", "supervisor", "supervisor2", "manager", "compliance", "leader", "admin",
            "claims", "underwriter", "owner", "reviewer", "executive", "wb-intake", "wb-investigator", "wb-committee",
            "wb-custodian"})
    void everyRoleFindsExactlyTheCasesItMayOpenOneByOne(String user) throws Exception {
        JsonNode page = search(user, "q=" + marker + "&size=100");

        Set<String> mayOpen = new LinkedHashSet<>();
        for (String caseNumber : cases) {
            HttpStatus status = HttpStatus.valueOf(http.withBasicAuth(user, "demo")
                    .getForEntity("/api/complaints/" + caseNumber, String.class).getStatusCode().value());
            if (status == HttpStatus.OK) {
                mayOpen.add(caseNumber);
            }
        }
        assertThat(Set.copyOf(page.get("items").findValuesAsText("caseNumber"))).isEqualTo(mayOpen);
        assertThat(page.get("total").asLong()).isEqualTo(mayOpen.size());
        assertThat(page.get("totalExact").asBoolean()).isTrue();
    }

    @Test
    void oversightSeesEveryCaseTheRecusedNoneOfTheirsAndOthersOnlyWhatTheyWorkedOn() throws Exception {
        for (String user : List.of("manager", "compliance", "leader", "supervisor", "admin")) {
            assertThat(caseNumbers(search(user, "q=" + unit))).as(user).containsExactlyInAnyOrderElementsOf(cases);
        }
        // registered every case: it is the front line's work
        assertThat(caseNumbers(search("frontline", "q=" + unit))).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(caseNumbers(search("supervisor2", "q=" + unit))).containsExactlyInAnyOrderElementsOf(cases.subList(1, 5));
        assertThat(search("supervisor2", "q=" + cases.get(0)).get("total").asLong()).isZero();
        assertThat(search("supervisor2", "q=" + phone).get("total").asLong()).isZero();
        assertThat(caseNumbers(search("owner", "q=" + unit))).containsExactly(cases.get(2));
        for (String user : List.of("wb-intake", "wb-investigator", "wb-committee", "wb-custodian", "executive")) {
            assertThat(search(user, "q=" + unit).get("total").asLong()).as(user).isZero();
        }
    }

    @Test
    void anonymousCallersAre401() {
        assertThat(http.getForEntity("/api/complaints?q=" + unit, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void pagesAreSortedByReplyDeadlineThenLevelAndCountTheWhole() throws Exception {
        List<String> expected = List.of(cases.get(3), cases.get(4), cases.get(0), cases.get(2), cases.get(1));
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            JsonNode page = search("manager", "q=" + unit + "&size=2&page=" + p);
            assertThat(page.get("total").asLong()).isEqualTo(5);
            assertThat(page.get("page").asInt()).isEqualTo(p);
            assertThat(page.get("size").asInt()).isEqualTo(2);
            assertThat(page.get("items").size()).isEqualTo(p < 2 ? 2 : 1);
            seen.addAll(caseNumbers(page));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        JsonNode beyond = search("manager", "q=" + unit + "&size=2&page=3");
        assertThat(beyond.get("items").size()).isZero();
        assertThat(beyond.get("total").asLong()).isEqualTo(5);
        assertThat(search("manager", "q=" + unit).get("size").asInt()).isEqualTo(20);
    }

    @Test
    void everyFilterNarrowsTheSearch() throws Exception {
        assertThat(caseNumbers(search("manager", "q=" + unit + "&status=CLOSED"))).containsExactly(cases.get(4));
        assertThat(caseNumbers(search("manager", "q=" + unit + "&status=CLOSED&status=WITHDRAWN"))).containsExactly(cases.get(4));
        assertThat(caseNumbers(search("manager", "q=" + unit + "&status=CLOSED,IN_HANDLING"))).hasSize(5);
        assertThat(caseNumbers(search("manager", "q=" + unit + "&level=1"))).containsExactly(cases.get(2));
        assertThat(caseNumbers(search("manager", "q=" + unit + "&level=3"))).containsExactly(cases.get(4), cases.get(1));
        // overdue: past due, not decided, not closed
        assertThat(caseNumbers(search("manager", "q=" + unit + "&overdue=true"))).containsExactly(cases.get(3));
        assertThat(search("manager", "q=" + unit + "&overdue=false").get("total").asLong()).isEqualTo(5);
        LocalDate dueDayOfCase0 = base.atZone(ZONE).toLocalDate();
        assertThat(caseNumbers(search("manager", "q=" + unit + "&dueBefore=" + dueDayOfCase0)))
                .containsExactly(cases.get(3), cases.get(4));
        assertThat(caseNumbers(search("manager", "q=" + unit + "&dueBefore=" + dueDayOfCase0.plusDays(1))))
                .containsExactly(cases.get(3), cases.get(4), cases.get(0));
        assertThat(caseNumbers(search("manager", "q=" + unit + "&status=IN_HANDLING&level=2&dueBefore="
                + dueDayOfCase0.plusDays(1)))).containsExactly(cases.get(3), cases.get(0));
    }

    @Test
    void qFindsAnExactCaseNumberAPhoneHoweverTypedAndAPartOfANameOrUnit() throws Exception {
        assertThat(caseNumbers(search("manager", "q=" + cases.get(1)))).containsExactly(cases.get(1));
        assertThat(caseNumbers(search("manager", "q=" + cases.get(1).toLowerCase()))).containsExactly(cases.get(1));
        for (String typed : List.of(phone, "+86" + phone, "0086 " + phone, phone.substring(0, 3) + "-"
                + phone.substring(3, 7) + "-" + phone.substring(7), "+86 " + phone.substring(0, 3) + " " + phone.substring(3))) {
            assertThat(caseNumbers(search("manager", "q=" + encode(typed)))).as(typed).containsExactly(cases.get(0));
        }
        // a phone is exact: a part of it finds nothing
        assertThat(search("manager", "q=" + phone.substring(0, 9)).get("total").asLong()).isZero();
        assertThat(caseNumbers(search("manager", "q=" + encode("司马光" + marker)))).containsExactly(cases.get(1));
        assertThat(caseNumbers(search("manager", "q=" + encode("葛亮" + marker)))).containsExactly(cases.get(2));
        assertThat(caseNumbers(search("manager", "q=" + encode(marker.substring(2) + "支")))).hasSize(5);
        // LIKE wildcards are taken literally
        assertThat(search("manager", "q=" + encode(marker + "%")).get("total").asLong()).isZero();
    }

    /**
     * A two-character part (a full name as often as not: 王伟) has no trigram; it is served by the index of
     * character pairs (Bigrams, V23_4). Parts across the name and the marker keep the counts to the fixture.
     */
    @Test
    void aTwoCharacterPartIsFoundWhereverItStandsAndOnlyAsAdjacentCharacters() throws Exception {
        assertThat(caseNumbers(search("manager", "q=" + encode("明搜")))).containsExactly(cases.get(0));
        assertThat(caseNumbers(search("manager", "q=" + encode("光搜")))).containsExactly(cases.get(1));
        String unitPair = marker.substring(marker.length() - 1) + "支";
        assertThat(caseNumbers(search("manager", "q=" + encode(unitPair)))).containsExactlyInAnyOrderElementsOf(cases);
        // 明 and 测 are both in case 0's name, not side by side
        assertThat(caseNumbers(search("manager", "q=" + encode("明测")))).doesNotContainAnyElementsOf(cases);
        // need-to-know holds for the pairs as for any part
        assertThat(caseNumbers(search("supervisor2", "q=" + encode("明搜")))).isEmpty();
        assertThat(search("wb-intake", "q=" + encode(unitPair)).get("total").asLong()).isZero();
        // wildcards in a pair are literal
        assertThat(search("manager", "q=" + encode("明%")).get("total").asLong()).isZero();
    }

    /**
     * Matches are counted up to a cap (1,000 over HTTP; 3 here): past it the total says where counting stopped
     * and that there are more, while every page is still the right one, and what the caller may not open is
     * neither counted nor shown.
     */
    @Test
    void pastTheCapTheCountStopsAndSaysSoWhileThePagesGoOn() {
        List<String> expected = List.of(cases.get(3), cases.get(4), cases.get(0), cases.get(2), cases.get(1));
        List<String> seen = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            ComplaintSearch.Page page = service.search("manager", List.of(com.casedesk.security.StaffGroups.MANAGER),
                    SearchCriteria.parse(null, null, null, null, unit, Integer.toString(p), "2", null), 3);
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.totalExact()).isFalse();
            page.items().forEach(h -> seen.add(h.caseNumber()));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
        ComplaintSearch.Page exact = service.search("manager", List.of(com.casedesk.security.StaffGroups.MANAGER),
                SearchCriteria.parse(null, null, null, null, unit, null, null, null), 5);
        assertThat(exact.total()).isEqualTo(5);
        assertThat(exact.totalExact()).isTrue();
        // supervisor2 is recused from case 0: four to count, so a cap of four is exact
        ComplaintSearch.Page recused = service.search("supervisor2", List.of(com.casedesk.security.StaffGroups.SUPERVISOR),
                SearchCriteria.parse(null, null, null, null, unit, null, null, null), 4);
        assertThat(recused.total()).isEqualTo(4);
        assertThat(recused.totalExact()).isTrue();
        assertThat(recused.items()).extracting(ComplaintSearch.Hit::caseNumber).doesNotContain(cases.get(0));
    }

    @Test
    void badParametersAre400NamingTheParameter() throws Exception {
        assertBad("q=" + encode("张"), "q");
        assertBad("q=" + "x".repeat(101), "q");
        assertBad("level=7", "level");
        assertBad("level=high", "level");
        assertBad("size=101", "size");
        assertBad("size=0", "size");
        assertBad("page=-1", "page");
        assertBad("status=OPEN", "status");
        assertBad("overdue=yes", "overdue");
        assertBad("dueBefore=31.12.2026", "dueBefore");
        ResponseEntity<String> both = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/complaints?level=0&size=1000", String.class);
        assertThat(json.readTree(both.getBody()).get("errors").findValuesAsText("field")).containsExactly("level", "size");
    }

    @Test
    void everySearchIsAuditedWithAPhoneMasked() throws Exception {
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);

        search("frontline", "q=" + encode("+86 " + phone));
        search("manager", "q=" + encode("司马光" + marker) + "&status=IN_HANDLING");

        var rows = jdbc.queryForList("select actor, action, detail from audit_log where id > ? and action = 'COMPLAINT_SEARCH'"
                + " and actor in ('frontline', 'manager') order by id", before);
        var byPhone = rows.stream().filter(r -> r.get("actor").equals("frontline")).filter(r ->
                r.get("detail").toString().contains("(phone)")).toList();
        assertThat(byPhone).hasSize(1);
        String detail = byPhone.get(0).get("detail").toString();
        assertThat(detail).doesNotContain(phone).contains(phone.substring(0, 3) + "****" + phone.substring(7))
                .contains("total=1").contains(cases.get(0));
        assertThat(rows).anySatisfy(r -> assertThat(r.get("detail").toString()).contains("q=司马光" + marker)
                .contains("status=IN_HANDLING").contains(cases.get(1)));
    }

    @Test
    void thePhoneIsMaskedAsInTheSingleCaseViewAndTheNameShownToStaff() throws Exception {
        String stored = jdbc.queryForObject("select complainant_phone from complaint where case_number = ?", String.class,
                cases.get(0));
        JsonNode asFrontline = search("frontline", "q=" + cases.get(0)).get("items").get(0);
        JsonNode asManager = search("manager", "q=" + cases.get(0)).get("items").get(0);
        JsonNode single = json.readTree(http.withBasicAuth("manager", "demo")
                .getForEntity("/api/complaints/" + cases.get(0), String.class).getBody());

        assertThat(asFrontline.get("complainantPhone").asText()).isEqualTo(stored);
        assertThat(asManager.get("complainantPhone").asText()).isEqualTo(single.get("complainant").get("phone").asText())
                .isNotEqualTo(stored).contains("****");
        assertThat(asManager.get("complainantName").asText()).isEqualTo("欧阳晓明" + marker);
        assertThat(asManager.get("respondentUnit").asText()).isEqualTo(unit);
        assertThat(asManager.get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(asManager.get("level").asInt()).isEqualTo(2);
        assertThat(asManager.get("category").asText()).isEqualTo("CLAIM_DISPUTE");
        assertThat(asManager.get("channel").asText()).isEqualTo("HOTLINE");
        assertThat(Instant.parse(asManager.get("replyDueBy").asText())).isEqualTo(base);
        assertThat(asManager.hasNonNull("receivedAt")).isTrue();
        assertThat(asManager.hasNonNull("statutoryDueBy")).isTrue();
        assertThat(asManager.has("currentOwner")).isTrue();
    }

    private void assertBad(String query, String parameter) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo").getForEntity(
                java.net.URI.create(http.getRootUri() + "/api/complaints?" + query), String.class);
        assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).as(query)
                .containsExactly(parameter);
    }

    private JsonNode search(String user, String query) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(
                java.net.URI.create(java.net.URI.create(http.getRootUri() + "/api/complaints?" + query).toASCIIString()), String.class);
        assertThat(response.getStatusCode()).as(user + " " + query + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> caseNumbers(JsonNode page) {
        return page.get("items").findValuesAsText("caseNumber");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
