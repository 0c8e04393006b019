package com.casedesk.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
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

/** Issue 15 §1: a letter or a regulator's transfer keyed in days later counts from its real receipt (Art. 18, 43). */
@PostgresTest
class ReceivedAtIntakeTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired ObjectMapper json;

    @Test
    void aLetterKeyedInFiveDaysAfterItsPostmarkGetsItsFifteenDaysFromThePostmark() throws Exception {
        Instant postmark = Instant.now().minus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        ResponseEntity<String> response = post(letter("LETTER", postmark, "邮戳 2026-11-18 北京朝阳", null), "frontline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String caseNumber = body.get("caseNumber").asText();
        Instant due = CalendarDays.endOfPeriod(postmark, 15, BEIJING);
        assertThat(Instant.parse(body.get("receivedAt").asText())).isEqualTo(postmark);
        // the reply is due by the statute or the level's (earlier) company target, both counted from the postmark
        Instant replyDueBy = Instant.parse(body.get("replyDueBy").asText());
        assertThat(replyDueBy).isBeforeOrEqualTo(due);
        Map<String, Object> row = jdbc.queryForMap("select received_at, clock_started_at, statutory_due_by,"
                + " received_at_evidence from complaint where case_number = ?", caseNumber);
        assertThat(((Timestamp) row.get("received_at")).toInstant()).isEqualTo(postmark);
        assertThat(((Timestamp) row.get("clock_started_at")).toInstant()).isEqualTo(postmark);
        assertThat(((Timestamp) row.get("statutory_due_by")).toInstant()).isEqualTo(due);
        assertThat(row.get("received_at_evidence")).isEqualTo("邮戳 2026-11-18 北京朝阳");
        assertThat(jdbc.queryForList("select detail from case_event where case_number = ? and event_type = 'RECEIVED'",
                String.class, caseNumber)).singleElement().asString().contains("邮戳 2026-11-18 北京朝阳");
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        assertThat(((Date) runtimeService.getVariable(instance, ComplaintProcess.Vars.RECEIVED_AT.name())).toInstant())
                .isEqualTo(postmark);
        assertThat(((Date) runtimeService.getVariable(instance, ComplaintProcess.Vars.REPLY_DUE_BY.name())).toInstant())
                .isEqualTo(replyDueBy);
    }

    @Test
    void aReceiptInTheFutureWithoutEvidenceOrTooOldWithoutReasonIs400NamingTheField() throws Exception {
        int before = jdbc.queryForObject("select count(*) from complaint", Integer.class);

        assertRefused(letter("LETTER", Instant.now().plus(1, ChronoUnit.DAYS), "邮戳", null), "receivedAt");
        assertRefused(letter("REGULATOR_TRANSFER", Instant.now().minus(2, ChronoUnit.DAYS), null, null),
                "receivedAtEvidence");
        assertRefused(letter("LETTER", Instant.now().minus(31, ChronoUnit.DAYS), "邮戳", null), "receivedAtReason");
        // a complainant's own submission is received when it arrives: no backdating through the public API
        assertRefused(letter("ONLINE", Instant.now().minus(1, ChronoUnit.DAYS), "邮戳", null), "receivedAt");

        assertThat(jdbc.queryForObject("select count(*) from complaint", Integer.class)).isEqualTo(before);
    }

    @Test
    void aLetterOlderThanTheLimitIsTakenWithTheReasonForTheDelay() throws Exception {
        Instant postmark = Instant.now().minus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        ResponseEntity<String> response = post(letter("LETTER", postmark, "监管转办函 银保监消保转〔2026〕12号",
                "转办函寄错网点，经总部转来"), "frontline");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNumber = json.readTree(response.getBody()).get("caseNumber").asText();
        assertThat(jdbc.queryForObject("select received_at_reason from complaint where case_number = ?", String.class,
                caseNumber)).isEqualTo("转办函寄错网点，经总部转来");
    }

    @Test
    void theIdempotencyFingerprintIncludesTheReceiptDate() throws Exception {
        String key = "letter-" + UUID.randomUUID();
        Instant postmark = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        String id = Complaints.newIdNumber();

        ResponseEntity<String> first = post(letter("LETTER", id, postmark, "邮戳", null), "frontline", key);
        ResponseEntity<String> otherDate = post(letter("LETTER", id, postmark.minus(1, ChronoUnit.DAYS), "邮戳", null),
                "frontline", key);
        ResponseEntity<String> sameAgain = post(letter("LETTER", id, postmark, "邮戳", null), "frontline", key);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(otherDate.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(sameAgain.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    }

    private void assertRefused(String body, String field) throws Exception {
        ResponseEntity<String> response = post(body, body.contains("\"ONLINE\"") ? null : "frontline");
        assertThat(response.getStatusCode()).as(field).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).contains(field);
    }

    private static String letter(String channel, Instant receivedAt, String evidence, String reason) {
        return letter(channel, Complaints.newIdNumber(), receivedAt, evidence, reason);
    }

    private static String letter(String channel, String idNumber, Instant receivedAt, String evidence, String reason) {
        String extra = ", \"receivedAt\": \"" + receivedAt.atZone(BEIJING).toOffsetDateTime() + "\""
                + (evidence == null ? "" : ", \"receivedAtEvidence\": \"" + evidence + "\"")
                + (reason == null ? "" : ", \"receivedAtReason\": \"" + reason + "\"");
        String json = Complaints.exampleJson(channel, idNumber).strip();
        return json.substring(0, json.length() - 1) + extra + "}";
    }

    private ResponseEntity<String> post(String body, String user) {
        return post(body, user, null);
    }

    private ResponseEntity<String> post(String body, String user, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.exchange("/api/complaints", HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
