package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
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

/** The intake contract over HTTP, on PostgreSQL. */
@PostgresTest
class ComplaintApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired ObjectMapper json;

    @Test
    void aComplainantSubmitsOnlineWithoutLoginAndGetsTheCaseNumberLevelAndDeadline() throws Exception {
        ResponseEntity<String> response = post(Complaints.exampleJson("ONLINE"), null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String caseNumber = body.get("caseNumber").asText();
        assertThat(caseNumber).matches("TS\\d{8}\\d{6,}");
        assertThat(response.getHeaders().getLocation()).hasToString("/api/complaints/" + caseNumber);
        assertThat(body.get("level").asInt()).isEqualTo(2); // AGITATED
        assertThat(body.get("status").asText()).isEqualTo("IN_HANDLING");
        assertThat(body.get("receivedAt").asText()).isNotBlank();
        assertThat(body.get("replyDueBy").asText()).isNotBlank();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count()).isOne();
        assertThat(jdbc.queryForObject("select registered_by from complaint where case_number = ?", String.class,
                caseNumber)).isNull();
    }

    @Test
    void noPersonalDataEntersTheProcessVariables() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String caseNumber = caseNumberOf(post(Complaints.exampleJson("APP", idNumber), null, null));
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();

        String variables = runtimeService.getVariables(processInstanceId).toString();

        assertThat(variables).doesNotContain("张三", idNumber, "13800138000", "zhang@example.com", "李四");
    }

    @Test
    void staffChannelsNeedALogin() {
        ResponseEntity<String> anonymous = post(Complaints.exampleJson("HOTLINE"), null, null);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void staffRegisterAHotlineComplaintAndTheLedgerRecordsWho() throws Exception {
        ResponseEntity<String> response = post(Complaints.exampleJson("HOTLINE"), null, "frontline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = caseNumberOf(response);
        JsonNode record = json.readTree(http.withBasicAuth("frontline", "demo")
                .getForEntity("/api/complaints/" + caseNumber, String.class).getBody());
        assertThat(record.get("registeredBy").asText()).isEqualTo("frontline");
        assertThat(record.get("complainant").get("name").asText()).isEqualTo("张三");
        assertThat(record.get("claimedAmount").decimalValue()).isEqualByComparingTo("12000.00");
        assertThat(record.get("events").get(0).get("type").asText()).isEqualTo("RECEIVED");
        assertThat(record.get("events").get(0).get("actor").asText()).isEqualTo("frontline");
        assertThat(record.get("events").findValuesAsText("type")).contains("GRADED", "TASK_CREATED");
    }

    @Test
    void wrongCredentialsAreRefusedEvenOnTheSelfServiceChannel() {
        // a user of its own: Camunda delays logins after a failed attempt, which would slow other tests
        if (identityService.createUserQuery().userId("probe").count() == 0) {
            var probe = identityService.newUser("probe");
            probe.setPassword("right");
            identityService.saveUser(probe);
        }

        ResponseEntity<String> response = post(Complaints.exampleJson("ONLINE"), null, "probe", "wrong");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void readingTheLedgerNeedsALogin() {
        assertThat(http.getForEntity("/api/complaints/TS20260101000001", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownCaseIs404ProblemJson() {
        ResponseEntity<String> response = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/complaints/TS19990101999999", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameCaseAndCreatesNoSecond() throws Exception {
        String key = "retry-" + UUID.randomUUID();
        String body = Complaints.exampleJson("ONLINE");
        ResponseEntity<String> first = post(body, key, null);
        int complaintsAfterFirst = countComplaints();
        long instancesAfterFirst = runtimeService.createProcessInstanceQuery().count();

        // the same content, laid out differently
        ResponseEntity<String> retry = post(body.replace("\n", " ").replace("  ", " "), key, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(caseNumberOf(retry)).isEqualTo(caseNumberOf(first));
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(countComplaints()).isEqualTo(complaintsAfterFirst);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesAfterFirst);
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneCase() throws Exception {
        String key = "race-" + UUID.randomUUID();
        String body = Complaints.exampleJson("ONLINE");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<ResponseEntity<String>>>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> post(body, key, null)));
            }
            var caseNumbers = new java.util.HashSet<String>();
            for (var f : futures) {
                ResponseEntity<String> response = f.get();
                assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
                caseNumbers.add(caseNumberOf(response));
            }
            assertThat(caseNumbers).hasSize(1);
            assertThat(runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(caseNumbers.iterator().next()).count()).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyReusedForADifferentComplaintIs422() {
        String key = "reuse-" + UUID.randomUUID();
        post(Complaints.exampleJson("ONLINE"), key, null);

        ResponseEntity<String> other = post(Complaints.exampleJson("APP"), key, null);

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(other.getBody()).contains("Idempotency-Key");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing channel             | \"channel\": \"ONLINE\",                  | ''                                   | channel",
            "unknown channel             | \"channel\": \"ONLINE\"                   | \"channel\": \"FAX\"                   | channel",
            "negative amount             | \"claimedAmount\": 12000.00              | \"claimedAmount\": -1                  | claimedAmount",
            "absurd amount               | \"claimedAmount\": 12000.00              | \"claimedAmount\": 1e15                | claimedAmount",
            "fractions of a fen          | \"claimedAmount\": 12000.00              | \"claimedAmount\": 12.345              | claimedAmount",
            "amount as text              | \"claimedAmount\": 12000.00              | \"claimedAmount\": \"lots\"            | claimedAmount",
            "unknown flag                | [\"AGITATED\"]                           | [\"ANGRY\"]                            | flags[0]",
            "half a complainant          | \"jointComplainants\": 1                 | \"jointComplainants\": 1.5             | jointComplainants",
            "no complainant name         | \"name\": \"张三\",                       | ''                                   | complainant.name",
            "bad ID number               | \"idNumber\": \"                         | \"idNumber\": \"X                     | complainant.idNumber",
            "bad e-mail                  | \"zhang@example.com\"                    | \"not-an-email\"                       | complainant.email",
            "blank request               | \"request\": \"要求全额赔付\"              | \"request\": \"  \"                    | request",
            "control character in facts  | \"facts\": \"                            | \"facts\": \"\\u0007                   | facts",
    })
    void badInputIs400NamingTheFieldAndWritesNothing(String why, String from, String to, String field) throws Exception {
        String valid = Complaints.exampleJson("ONLINE");
        String body = valid.replace(from.strip(), to.strip());
        assertThat(body).as("test payload was changed").isNotEqualTo(valid);
        int complaintsBefore = countComplaints();
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();

        ResponseEntity<String> response = post(body, null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).contains(field);
        assertThat(countComplaints()).isEqualTo(complaintsBefore);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void theSameComplaintAgainWhileOpenIsMergedAndNewFactsRestartTheClock() throws Exception {
        String idNumber = Complaints.newIdNumber();
        ResponseEntity<String> first = post(Complaints.exampleJson("ONLINE", idNumber), null, null);
        ResponseEntity<String> same = post(Complaints.exampleJson("APP", idNumber), null, null);
        String caseNumber = caseNumberOf(first);
        Object restartedBefore = jdbc.queryForObject("select clock_started_at from complaint where case_number = ?",
                Object.class, caseNumber);

        ResponseEntity<String> newFacts = post(Complaints.exampleJson("APP", idNumber)
                .replace("至今未获答复。", "至今未获答复；11月20日又被告知材料遗失。"), null, null);
        // issue 15 §5: the clock restarts once the handling group has judged the material new
        Complaints.judgeRepeat(taskService, caseNumber, "frontline", true);

        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // issue 13 §5: each submission has its own number, linked to the open case; the public is not told
        assertThat(caseNumberOf(same)).isNotEqualTo(caseNumber);
        assertThat(same.getHeaders().containsKey("Complaint-Merged")).isFalse();
        assertThat(mergedInto(caseNumberOf(same))).isEqualTo(caseNumber);
        assertThat(mergedInto(caseNumberOf(newFacts))).isEqualTo(caseNumber);
        assertThat(jdbc.queryForObject("select count(*) from complaint where complainant_id_number = ?"
                + " and status <> 'MERGED'", Integer.class, idNumber)).isOne();
        JsonNode record = json.readTree(http.withBasicAuth("frontline", "demo")
                .getForEntity("/api/complaints/" + caseNumber, String.class).getBody());
        assertThat(record.get("events").findValuesAsText("type")).contains("REPEAT_MERGED", "CLOCK_RESTARTED");
        assertThat(record.get("events").findValuesAsText("type").stream().filter("REPEAT_MERGED"::equals)).hasSize(2);
        assertThat(restartedBefore).isNotNull();
    }

    @Test
    void overLongTextIs400() throws Exception {
        String body = Complaints.exampleJson("ONLINE").replace("要求全额赔付", "要".repeat(2001));

        ResponseEntity<String> response = post(body, null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).contains("request");
    }

    @Test
    void aComplainantWithoutPhoneEmailOrAddressCannotBeToldTheResultAndIsRefused() throws Exception {
        String body = Complaints.exampleJson("ONLINE").replace("\"phone\": \"13800138000\", \"email\": \"zhang@example.com\"",
                "\"phone\": \"\"");

        ResponseEntity<String> response = post(body, null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .contains("complainant.contact");
    }

    @Test
    void malformedJsonIs400() {
        ResponseEntity<String> response = post("{\"channel\": \"ONLINE\", ", null, null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).contains("malformed JSON");
    }

    @Test
    void aMalformedIdempotencyKeyIs400() throws Exception {
        ResponseEntity<String> response = post(Complaints.exampleJson("ONLINE"), "bad key with spaces", null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).contains("Idempotency-Key");
    }

    @Test
    void aWrongContentTypeIs415() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.TEXT_PLAIN);

        ResponseEntity<String> response = http.exchange("/api/complaints", HttpMethod.POST,
                new HttpEntity<>(Complaints.exampleJson("ONLINE"), headers), String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ResponseEntity<String> post(String body, String idempotencyKey, String user) {
        return post(body, idempotencyKey, user, "demo");
    }

    private ResponseEntity<String> post(String body, String idempotencyKey, String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
        return client.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private String caseNumberOf(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody()).get("caseNumber").asText();
    }

    private String mergedInto(String caseNumber) {
        return jdbc.queryForObject("select merged_into from complaint where case_number = ?", String.class, caseNumber);
    }

    private int countComplaints() {
        return jdbc.queryForObject("select count(*) from complaint", Integer.class);
    }
}
