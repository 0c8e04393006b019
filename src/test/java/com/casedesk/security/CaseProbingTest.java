package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
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
 * Issue 13 §5: a stranger who knows a victim's phone number (or ID number), unit and a likely category
 * must neither learn that the victim has an open case nor write into it. Only the same person (same
 * name and ID number) is merged, and even then the public answer looks like any fresh submission;
 * staff link the rest afterwards.
 */
@PostgresTest
class CaseProbingTest {

    private static final String VICTIM_FACTS = "2026年10月申请理赔，至今未获答复。";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired ObjectMapper json;

    @Test
    void aStrangerWithTheVictimsPhoneUnitAndCategoryGetsAFreshCaseAndTheVictimsCaseIsUntouched() throws Exception {
        String phone = newPhone();
        String victimCase = caseNumberOf(post(submission("张三", Complaints.newIdNumber(), phone, VICTIM_FACTS), null, null));
        Map<String, Object> before = ledgerRow(victimCase);
        List<String> eventsBefore = events(victimCase);
        Object factsBefore = factsVariable(victimCase);
        ResponseEntity<String> fresh = post(submission("赵六", Complaints.newIdNumber(), newPhone(), "一笔全新的投诉。"),
                null, null);

        // no ID number at all, the victim's phone: the old rule merged on the phone alone
        ResponseEntity<String> noId = post(submission("王五", null, phone, "陌生人写入的新事实。"), null, null);
        // the victim's phone and a made-up ID number
        ResponseEntity<String> otherId = post(submission("王五", Complaints.newIdNumber(), phone, "又一条新事实。"),
                null, null);

        for (ResponseEntity<String> probe : List.of(noId, otherId)) {
            assertAnsweredAlike(probe, fresh);
            assertThat(caseNumberOf(probe)).isNotEqualTo(victimCase);
            assertThat(probe.getBody()).doesNotContain(victimCase);
        }
        assertThat(ledgerRow(victimCase)).isEqualTo(before);
        assertThat(events(victimCase)).isEqualTo(eventsBefore);
        assertThat(factsVariable(victimCase)).isEqualTo(factsBefore);
        assertThat(jdbc.queryForObject("select count(*) from complaint where merged_into = ?", Integer.class, victimCase))
                .isZero();
    }

    @Test
    void theVictimsIdNumberUnderAnotherNameIsNotTheSamePerson() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String phone = newPhone();
        String victimCase = caseNumberOf(post(submission("张三", idNumber, phone, VICTIM_FACTS), null, null));
        Map<String, Object> before = ledgerRow(victimCase);
        List<String> eventsBefore = events(victimCase);
        ResponseEntity<String> fresh = post(submission("赵六", Complaints.newIdNumber(), newPhone(), "一笔全新的投诉。"),
                null, null);

        ResponseEntity<String> probe = post(submission("王五", idNumber, phone, "陌生人写入的新事实。"), null, null);

        assertAnsweredAlike(probe, fresh);
        assertThat(caseNumberOf(probe)).isNotEqualTo(victimCase);
        assertThat(ledgerRow(victimCase)).isEqualTo(before);
        assertThat(events(victimCase)).isEqualTo(eventsBefore);
    }

    @Test
    void theSamePersonIsMergedButAnsweredLikeAFreshSubmission() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String phone = newPhone();
        String openCase = caseNumberOf(post(submission("张三", idNumber, phone, VICTIM_FACTS), null, null));
        Object clockBefore = ledgerRow(openCase).get("clock_started_at");
        ResponseEntity<String> fresh = post(submission("赵六", Complaints.newIdNumber(), newPhone(), "一笔全新的投诉。"),
                null, null);

        // ID number typed with a lower-case check digit and the name with stray blanks: still the same person
        String sameId = idNumber.substring(0, 17) + (idNumber.endsWith("X") ? "x" : idNumber.substring(17));
        ResponseEntity<String> again = post(submission(" 张三 ", sameId, phone,
                VICTIM_FACTS + "11月20日又被告知材料遗失。"), null, null);
        // issue 15 §5: the clock restarts once the handling group has judged the material new
        Complaints.judgeRepeat(taskService, openCase, "frontline", true);

        assertAnsweredAlike(again, fresh);
        String receipt = caseNumberOf(again);
        assertThat(receipt).isNotEqualTo(openCase);
        assertThat(again.getBody()).doesNotContain(openCase);
        // recorded as a receipt linked to the open case, handled there
        Map<String, Object> receiptRow = ledgerRow(receipt);
        assertThat(receiptRow.get("status")).isEqualTo("MERGED");
        assertThat(receiptRow.get("merged_into")).isEqualTo(openCase);
        assertThat(handlingProcesses(receipt)).isZero();
        assertThat(handlingProcesses(openCase)).isOne();
        assertThat(events(openCase)).contains("REPEAT_MERGED", "CLOCK_RESTARTED");
        assertThat(events(receipt)).contains("RECEIVED", "REPEAT_MERGED");
        assertThat(ledgerRow(openCase).get("clock_started_at")).isNotEqualTo(clockBefore);
        assertThat(String.valueOf(factsVariable(openCase))).contains("11月20日又被告知材料遗失。");
        // the submitter's contact is acknowledged like any fresh case (here the same phone as on file: once);
        // the complainant of record hears of the merge at the contact on file, from a job like every notice
        runNoticeJobs(openCase);
        runNoticeJobs(receipt);
        assertThat(jdbc.queryForList("select content from outbox_message where case_number = ? and recipient = ?",
                String.class, openCase, phone)).anySatisfy(text -> assertThat(text).contains(receipt).contains("合并"));
        assertThat(jdbc.queryForList("select content from outbox_message where case_number = ?", String.class, receipt))
                .isEmpty();
    }

    @Test
    void staffRegisteringARepeatAreToldWhereItWent() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String openCase = caseNumberOf(post(submission("张三", idNumber, newPhone(), VICTIM_FACTS), null, null));

        ResponseEntity<String> hotline = post(submission("张三", idNumber, newPhone(), VICTIM_FACTS)
                .replace("\"ONLINE\"", "\"HOTLINE\""), null, "frontline");

        assertThat(hotline.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(hotline.getHeaders().getFirst("Complaint-Merged")).isEqualTo("true");
        assertThat(hotline.getHeaders().getFirst("Complaint-Merged-Into")).isEqualTo(openCase);
        assertThat(events(openCase)).contains("REPEAT_MERGED").doesNotContain("CLOCK_RESTARTED");
    }

    @Test
    void aRetriedRepeatReturnsTheSameReceiptAndMergesOnce() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String phone = newPhone();
        String openCase = caseNumberOf(post(submission("张三", idNumber, phone, VICTIM_FACTS), null, null));
        String key = "repeat-" + UUID.randomUUID();
        String body = submission("张三", idNumber, phone, VICTIM_FACTS + "补充。");

        ResponseEntity<String> first = post(body, key, null);
        ResponseEntity<String> retry = post(body, key, null);

        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(caseNumberOf(retry)).isEqualTo(caseNumberOf(first));
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getHeaders().containsKey("Complaint-Merged")).isFalse();
        assertThat(json.readTree(retry.getBody()).get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(jdbc.queryForObject("select count(*) from complaint where merged_into = ?", Integer.class, openCase))
                .isOne();
        assertThat(events(openCase).stream().filter("REPEAT_MERGED"::equals)).hasSize(1);
    }

    @Test
    void staffLinkARepeatTheServiceCouldNotRecogniseAndItIsHandledAsTheRepeatItIs() throws Exception {
        String phone = newPhone();
        String openCase = caseNumberOf(post(submission("张三", Complaints.newIdNumber(), phone, VICTIM_FACTS), null, null));
        // the same person, without an ID number this time: a case of its own until staff link it
        String repeat = caseNumberOf(post(submission("张三", null, phone, VICTIM_FACTS + "又补充了新材料。"), null, null));
        Object clockBefore = ledgerRow(openCase).get("clock_started_at");

        ResponseEntity<String> linked = link(openCase, repeat, "supervisor");

        assertThat(linked.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(linked.getBody());
        assertThat(answer.get("caseNumber").asText()).isEqualTo(openCase);
        assertThat(answer.get("linkedCaseNumber").asText()).isEqualTo(repeat);
        assertThat(answer.get("clockRestarted").asBoolean()).isTrue();
        assertThat(ledgerRow(repeat).get("status")).isEqualTo("MERGED");
        assertThat(ledgerRow(repeat).get("merged_into")).isEqualTo(openCase);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(repeat).count()).isZero();
        assertThat(events(repeat)).contains("REPEAT_MERGED");
        assertThat(events(openCase)).contains("REPEAT_MERGED", "CLOCK_RESTARTED");
        assertThat(ledgerRow(openCase).get("clock_started_at")).isNotEqualTo(clockBefore);
        assertThat(String.valueOf(factsVariable(openCase))).contains("又补充了新材料。");

        // once merged, it cannot be linked again
        ResponseEntity<String> again = link(openCase, repeat, "supervisor");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aUserWithoutAccessCannotLinkAndLearnsNothing() throws Exception {
        String phone = newPhone();
        String openCase = caseNumberOf(post(submission("张三", Complaints.newIdNumber(), phone, VICTIM_FACTS), null, null));
        String repeat = caseNumberOf(post(submission("张三", null, phone, VICTIM_FACTS + "补充。"), null, null));
        assertThat(http.withBasicAuth("underwriter", "demo").getForEntity("/api/complaints/" + openCase, String.class)
                .getStatusCode()).as("precondition: underwriter does not see the case").isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> openBefore = ledgerRow(openCase);
        Map<String, Object> repeatBefore = ledgerRow(repeat);
        List<String> openEvents = events(openCase);
        List<String> repeatEvents = events(repeat);

        ResponseEntity<String> refused = link(openCase, repeat, "underwriter");
        ResponseEntity<String> unknown = link("TS20990101999999", repeat, "underwriter");
        ResponseEntity<String> anonymous = http.exchange("/api/complaints/" + openCase + "/repeats", HttpMethod.POST,
                jsonEntity("{\"caseNumber\": \"" + repeat + "\"}"), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        // the same answer as for a case that does not exist; "instance" is only the path the caller typed
        JsonNode refusedBody = json.readTree(refused.getBody());
        JsonNode unknownBody = json.readTree(unknown.getBody());
        ((com.fasterxml.jackson.databind.node.ObjectNode) refusedBody).remove("instance");
        ((com.fasterxml.jackson.databind.node.ObjectNode) unknownBody).remove("instance");
        assertThat(refusedBody).isEqualTo(unknownBody);
        assertThat(refusedBody.toString()).doesNotContain(openCase).doesNotContain(repeat);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(ledgerRow(openCase)).isEqualTo(openBefore);
        assertThat(ledgerRow(repeat)).isEqualTo(repeatBefore);
        assertThat(events(openCase)).isEqualTo(openEvents);
        assertThat(events(repeat)).isEqualTo(repeatEvents);
        assertThat(handlingProcesses(repeat)).isOne();
    }

    @Test
    void badLinkRequestsAre400AndNothingChanges() throws Exception {
        String phone = newPhone();
        String openCase = caseNumberOf(post(submission("张三", Complaints.newIdNumber(), phone, VICTIM_FACTS), null, null));
        List<String> eventsBefore = events(openCase);

        ResponseEntity<String> itself = link(openCase, openCase, "supervisor");
        ResponseEntity<String> missing = http.withBasicAuth("supervisor", "demo").exchange(
                "/api/complaints/" + openCase + "/repeats", HttpMethod.POST, jsonEntity("{}"), String.class);
        ResponseEntity<String> malformed = link(openCase, "x'; drop table complaint;--", "supervisor");

        for (ResponseEntity<String> r : List.of(itself, missing, malformed)) {
            assertThat(r.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(r.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(r.getBody()).get("errors").findValuesAsText("field")).contains("caseNumber");
        }
        assertThat(events(openCase)).isEqualTo(eventsBefore);
    }

    /** Same status, the same header names, the same body keys: nothing tells a merge from a new case. */
    private void assertAnsweredAlike(ResponseEntity<String> probe, ResponseEntity<String> fresh) throws Exception {
        assertThat(probe.getStatusCode()).isEqualTo(fresh.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(headerNames(probe)).isEqualTo(headerNames(fresh));
        assertThat(probe.getHeaders().containsKey("Complaint-Merged")).isFalse();
        assertThat(probe.getHeaders().getFirst("Idempotent-Replayed"))
                .isEqualTo(fresh.getHeaders().getFirst("Idempotent-Replayed"));
        JsonNode a = json.readTree(probe.getBody());
        JsonNode b = json.readTree(fresh.getBody());
        assertThat(keys(a)).isEqualTo(keys(b));
        assertThat(a.get("status")).isEqualTo(b.get("status"));
        // the same amount and flags as the fresh submission: the same grade, whatever case it may have hit
        assertThat(a.get("level")).isEqualTo(b.get("level"));
        assertThat(probe.getHeaders().getLocation()).hasToString("/api/complaints/" + a.get("caseNumber").asText());
    }

    private static Set<String> headerNames(ResponseEntity<String> response) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(response.getHeaders().keySet());
        return names;
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> keys = new TreeSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private Map<String, Object> ledgerRow(String caseNumber) {
        return jdbc.queryForMap("select * from complaint where case_number = ?", caseNumber);
    }

    private List<String> events(String caseNumber) {
        return new ArrayList<>(jdbc.queryForList("select event_type from case_event where case_number = ? order by id",
                String.class, caseNumber));
    }

    @Test
    void aDifferentContactOfTheSamePersonGetsItsOwnAcknowledgementAndTheContactOnFileHearsOfTheMerge() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String onFile = newPhone();
        String typed = newPhone();
        String openCase = caseNumberOf(post(submission("张三", idNumber, onFile, VICTIM_FACTS), null, null));

        String receipt = caseNumberOf(post(submission("张三", idNumber, typed, VICTIM_FACTS), null, null));
        runNoticeJobs(openCase);
        runNoticeJobs(receipt);

        // the typed contact: the same acknowledgement a fresh case gets, naming only the receipt
        assertThat(jdbc.queryForList("select content from outbox_message where recipient = ?", String.class, typed))
                .singleElement().satisfies(text -> assertThat(text).contains(receipt).doesNotContain(openCase));
        assertThat(jdbc.queryForList("select content from outbox_message where recipient = ? and case_number = ?",
                String.class, onFile, openCase)).anySatisfy(text -> assertThat(text).contains(receipt).contains(openCase));
    }

    private long handlingProcesses(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-handling").count();
    }

    private void runNoticeJobs(String caseNumber) {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-notice").list()
                .forEach(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).list()
                        .forEach(job -> managementService.executeJob(job.getId())));
    }

    private Object factsVariable(String caseNumber) {
        String id = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("complaint-handling").singleResult().getId();
        return runtimeService.getVariable(id, "complaintFacts");
    }

    private static String newPhone() {
        return "139" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String submission(String name, String idNumber, String phone, String facts) {
        return """
                {"channel": "ONLINE", "complainant": {"name": "%s", %s "phone": "%s"},
                 "respondent": {"unit": "朝阳支行", "staffName": "李四"}, "businessLine": "INSURANCE",
                 "category": "CLAIM_DISPUTE", "request": "要求全额赔付", "facts": "%s",
                 "claimedAmount": 12000.00, "flags": ["AGITATED"], "jointComplainants": 1}
                """.formatted(name, idNumber == null ? "" : "\"idNumber\": \"" + idNumber + "\",", phone, facts);
    }

    private ResponseEntity<String> post(String body, String idempotencyKey, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> link(String caseNumber, String repeat, String user) {
        return http.withBasicAuth(user, "demo").exchange("/api/complaints/" + caseNumber + "/repeats", HttpMethod.POST,
                jsonEntity("{\"caseNumber\": \"" + repeat + "\"}"), String.class);
    }

    private static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private String caseNumberOf(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("caseNumber").asText();
    }
}
