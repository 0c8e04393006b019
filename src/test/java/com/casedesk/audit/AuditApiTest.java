package com.casedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.DocumentType;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail on PostgreSQL: what is recorded, who may read it, that it cannot be changed, and the
 * masking of complaint contact data by group. The database is shared with other tests: every assertion
 * filters on this test's own cases, users or time window.
 */
@PostgresTest
class AuditApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired CaseDocuments documents;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    void frontLineAndSupervisorsSeeTheContactInFullOthersMasked() throws Exception {
        String idNumber = Complaints.newIdNumber();
        String caseNumber = newComplaint(idNumber);

        for (String user : List.of("frontline", "supervisor")) {
            JsonNode complainant = read(caseNumber, user).get("complainant");
            assertThat(complainant.get("idNumber").asText()).as(user).isEqualTo(idNumber);
            assertThat(complainant.get("phone").asText()).as(user).isEqualTo("13800138000");
            assertThat(complainant.get("email").asText()).as(user).isEqualTo("zhang@example.com");
        }
        // those who see every complaint (CaseAccess) but do not call complainants back
        for (String user : List.of("manager", "compliance", "leader")) {
            JsonNode complainant = read(caseNumber, user).get("complainant");
            assertThat(complainant.get("name").asText()).as(user).isEqualTo("张三");
            assertThat(complainant.get("idNumber").asText()).as(user)
                    .isEqualTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14));
            assertThat(complainant.get("phone").asText()).as(user).isEqualTo("138****8000");
            assertThat(complainant.get("email").asText()).as(user).isEqualTo("z****@example.com");
        }
    }

    @Test
    void everyReadOfAComplaintIsRecordedFullOrMasked() throws Exception {
        String caseNumber = newComplaint(Complaints.newIdNumber());

        read(caseNumber, "frontline");
        read(caseNumber, "manager");
        read(caseNumber, "manager");

        JsonNode items = trail("caseNumber=" + caseNumber).get("items");
        assertThat(entries(items, "COMPLAINT_READ_FULL")).extracting(e -> e.get("actor").asText())
                .containsExactly("frontline");
        assertThat(entries(items, "COMPLAINT_READ_MASKED")).extracting(e -> e.get("actor").asText())
                .containsExactly("manager", "manager");
        assertThat(entries(items, "COMPLAINT_READ_FULL").get(0).get("source").asText()).isEqualTo("AUDIT_LOG");
    }

    @Test
    void anUnknownCaseIsNotRecordedAsARead() {
        String unknown = "TS19990101" + (100000 + (int) (Math.random() * 800000));
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity("/api/complaints/" + unknown, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where case_number = ?", Integer.class, unknown))
                .isZero();
    }

    @Test
    void aDocumentDownloadIsRecorded() throws Exception {
        String caseNumber = newComplaint(Complaints.newIdNumber());
        byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        CaseDocument doc = documents.add(caseNumber, "身份证复印件.pdf", DocumentType.PDF, pdf, null, "frontline");

        ResponseEntity<byte[]> download = http.withBasicAuth("supervisor", "demo")
                .getForEntity("/api/complaints/" + caseNumber + "/documents/" + doc.id(), byte[].class);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        JsonNode entry = entries(trail("caseNumber=" + caseNumber + "&action=DOCUMENT_DOWNLOADED").get("items"),
                "DOCUMENT_DOWNLOADED").get(0);
        assertThat(entry.get("actor").asText()).isEqualTo("supervisor");
        assertThat(entry.get("detail").asText()).contains("document " + doc.id()).doesNotContain("身份证");
    }

    @Test
    void gradeAndOwnerChangesFromTheCaseEventLogAreInTheTrail() throws Exception {
        String caseNumber = newComplaint(Complaints.newIdNumber());
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().get(0).getId();
        assertThat(http.withBasicAuth("frontline", "demo").postForEntity("/engine-rest/task/" + taskId + "/claim",
                new HttpEntity<>("{\"userId\": \"frontline\"}", jsonHeaders()), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        JsonNode items = trail("caseNumber=" + caseNumber).get("items");

        JsonNode assigned = entries(items, "TASK_ASSIGNED").get(0);
        assertThat(assigned.get("actor").asText()).isEqualTo("frontline");
        assertThat(assigned.get("detail").asText()).endsWith("→ frontline");

        JsonNode graded = entries(items, "GRADED").get(0);
        assertThat(graded.get("source").asText()).isEqualTo("CASE_EVENT");
        assertThat(graded.get("actor").asText()).isEqualTo("system");
        // events that change nothing of grade, owner or deadline stay out
        assertThat(items.findValuesAsText("action")).doesNotContain("RECEIVED", "TASK_CREATED");
    }

    @Test
    void aUserCreatedThroughTheEngineRestApiByTheAdministratorIsInTheTrail() throws Exception {
        String userId = "audit-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String body = """
                {"profile": {"id": "%s", "firstName": "审计", "lastName": "测试", "email": "%s@casedesk.example"},
                 "credentials": {"password": "s3cret-%s"}}""".formatted(userId, userId, userId);

        ResponseEntity<String> created = http.withBasicAuth("admin", "demo")
                .postForEntity("/engine-rest/user/create", new HttpEntity<>(body, jsonHeaders()), String.class);

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode items = trail("actor=admin&action=ADMIN_CREATE_USER&size=500").get("items");
        assertThat(items.findValuesAsText("detail")).anySatisfy(d -> assertThat(d).isEqualTo("userId: " + userId));
        JsonNode entry = entries(items, "ADMIN_CREATE_USER").stream()
                .filter(e -> e.get("detail").asText().endsWith(userId)).findFirst().orElseThrow();
        assertThat(entry.get("source").asText()).isEqualTo("ENGINE_OP_LOG");
        assertThat(entry.get("actor").asText()).isEqualTo("admin");
        assertThat(entry.get("detail").asText()).doesNotContain("s3cret");

        // a membership and an authorization granted the same way are there too
        assertThat(http.withBasicAuth("admin", "demo").exchange("/engine-rest/group/compliance/members/" + userId,
                org.springframework.http.HttpMethod.PUT, null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String grant = """
                {"type": 1, "permissions": ["ACCESS"], "userId": "%s", "resourceType": 0, "resourceId": "tasklist"}"""
                .formatted(userId);
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/authorization/create",
                new HttpEntity<>(grant, jsonHeaders()), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode admin = trail("actor=admin&size=500").get("items");
        assertThat(entries(admin, "ADMIN_CREATE_GROUP_MEMBERSHIP")).extracting(e -> e.get("detail").asText())
                .contains("userId: " + userId);
        assertThat(entries(admin, "ADMIN_CREATE_AUTHORIZATION")).extracting(e -> e.get("detail").asText())
                .anySatisfy(d -> assertThat(d).contains(userId));
    }

    @Test
    void anIdentityRevealIsInTheTrailWithItsReason() throws Exception {
        String report = """
                {"anonymous": false, "reporter": {"name": "欧阳审计", "phone": "13912345678"},
                 "description": "审计测试举报。", "occurredAt": "2026-01-01"}""";
        String number = json.readTree(http.postForEntity("/api/reports", new HttpEntity<>(report, jsonHeaders()),
                String.class).getBody()).get("reportNumber").asText();
        assertThat(http.withBasicAuth("wb-custodian", "demo").postForEntity("/api/reports/" + number + "/identity-reveals",
                new HttpEntity<>("{\"reason\": \"纪检调查需要联系举报人\", \"legalBasis\": \"《监察法》第十八条\"}", jsonHeaders()),
                String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        JsonNode entry = entries(trail("caseNumber=" + number).get("items"), "IDENTITY_REVEALED").get(0);

        assertThat(entry.get("source").asText()).isEqualTo("IDENTITY_REVEAL");
        assertThat(entry.get("actor").asText()).isEqualTo("wb-custodian");
        assertThat(entry.get("reason").asText()).isEqualTo("纪检调查需要联系举报人");
        assertThat(entry.get("detail").asText()).isEqualTo("法律依据 legal basis: 《监察法》第十八条");
        assertThat(entry.toString()).doesNotContain("欧阳审计", "13912345678");
    }

    @Test
    void onlyComplianceReadsTheTrail() throws Exception {
        for (String user : List.of("manager", "frontline", "admin", "wb-custodian")) {
            ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity("/api/audit", String.class);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(response.getBody()).get("title").asText()).isEqualTo("Forbidden");
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/audit/export", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(http.getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void filtersByTimeAndPagesNewestFirst() throws Exception {
        Instant before = Instant.now().minus(1, ChronoUnit.SECONDS);
        String caseNumber = newComplaint(Complaints.newIdNumber());
        read(caseNumber, "manager");
        read(caseNumber, "frontline");

        JsonNode page0 = trail("caseNumber=" + caseNumber + "&from=" + before + "&size=1&page=0");
        JsonNode page1 = trail("caseNumber=" + caseNumber + "&from=" + before + "&size=1&page=1");
        long total = page0.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3); // GRADED, and the two reads
        assertThat(page0.get("items")).hasSize(1);
        assertThat(page0.get("items").get(0).get("action").asText()).isEqualTo("COMPLAINT_READ_FULL");
        assertThat(page1.get("items").get(0).get("action").asText()).isEqualTo("COMPLAINT_READ_MASKED");
        assertThat(trail("caseNumber=" + caseNumber + "&to=" + before).get("total").asLong()).isZero();
    }

    @Test
    void invalidFiltersAre400NamingTheField() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/audit?from=yesterday&size=0&actor=a b", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("from", "actor", "size");
    }

    @Test
    void theExportIsCsvOfTheSameQueryAndIsItselfRecorded() throws Exception {
        String caseNumber = newComplaint(Complaints.newIdNumber());
        read(caseNumber, "manager");

        ResponseEntity<byte[]> export = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/audit/export?caseNumber=" + caseNumber, byte[].class);

        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(export.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(export.getHeaders().getContentDisposition().isAttachment()).isTrue();
        byte[] body = export.getBody();
        assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo(AuditCsv.HEADER);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"COMPLAINT_READ_MASKED\"", "\"manager\"", caseNumber));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("\"GRADED\""));

        assertThat(entries(trail("actor=compliance&action=EXPORTED&size=500").get("items"), "EXPORTED"))
                .extracting(e -> e.get("detail").asText())
                .contains("audit log as CSV, " + (lines.size() - 1) + " rows; caseNumber=" + caseNumber);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditRows() {
        String caseNumber = "TS-AUDIT-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.update("insert into audit_log (occurred_at, actor, action, case_number) values (current_timestamp, 'x', 'EXPORTED', ?)",
                caseNumber);
        jdbc.update("insert into wb_identity_reveal (report_number, revealed_by, reason, revealed_at)"
                + " values (?, 'x', 'test', current_timestamp)", caseNumber);

        assertThatThrownBy(() -> jdbc.update("update audit_log set actor = 'someone-else' where case_number = ?", caseNumber))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where case_number = ?", caseNumber))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("update wb_identity_reveal set reason = 'changed' where report_number = ?",
                caseNumber)).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from wb_identity_reveal where report_number = ?", caseNumber))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select actor from audit_log where case_number = ?", String.class, caseNumber))
                .isEqualTo("x");
    }

    // --- helpers

    private String newComplaint(String idNumber) throws Exception {
        HttpHeaders headers = jsonHeaders();
        headers.set("Idempotency-Key", "audit-" + UUID.randomUUID());
        ResponseEntity<String> response = http.postForEntity("/api/complaints",
                new HttpEntity<>(Complaints.exampleJson("ONLINE", idNumber), headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody()).get("caseNumber").asText();
    }

    private JsonNode read(String caseNumber, String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .getForEntity("/api/complaints/" + caseNumber, String.class);
        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode trail(String query) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("compliance", "demo")
                .getForEntity("/api/audit?" + query.replace("+", "%2B"), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<JsonNode> entries(JsonNode items, String action) {
        List<JsonNode> found = new java.util.ArrayList<>();
        items.forEach(i -> {
            if (i.get("action").asText().equals(action)) {
                found.add(i);
            }
        });
        java.util.Collections.reverse(found); // oldest first
        assertThat(found).as(action + " in " + items).isNotEmpty();
        return found;
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
