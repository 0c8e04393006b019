package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 13 §6, played over HTTP: the accused investigator finds nothing of the report that names them,
 * and no staff member learns from the engine API whether a report exists.
 */
@PostgresTest
class WhistleblowingLeaksTest {

    private static final byte[] PNG = com.casedesk.casefile.EvidenceFiles.png();
    private static final String SUPPLEMENT = "WbSupplementReceived";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired EngineDriver driver;

    /** A report naming {@code reportedName}, with one evidence file; returns number and document id. */
    private record Filed(String number, long documentId, String receiptCode) {
    }

    @Test
    void anInvestigatorNamedInTheReportFindsNoEndpointOfItAsIfItDidNotExist() throws Exception {
        // 高远 is the demo investigator wb-investigator; 钱正 the demo custodian wb-custodian
        Filed filed = file("高远", "转账截图.png");
        Filed custodianNamed = file("钱正", "记录.png");
        int auditRows = auditRows();

        ResponseEntity<String> unknownList = get("wb-investigator", "/api/reports/JB20000101999999/documents");
        assertThat(unknownList.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String path : List.of("/documents", "/documents/" + filed.documentId(), "/messages")) {
            ResponseEntity<String> barred = get("wb-investigator", "/api/reports/" + filed.number() + path);
            assertThat(barred.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(withoutInstance(barred.getBody())).as(path).isEqualTo(withoutInstance(unknownList.getBody()));
            assertThat(barred.getBody()).doesNotContain("转账截图", "举报人-");
        }
        ResponseEntity<String> reveal = http.withBasicAuth("wb-custodian", "demo").postForEntity(
                "/api/reports/" + custodianNamed.number() + "/identity-reveals",
                new HttpEntity<>(Map.of("reason", "依法协查"), jsonHeaders()), String.class);
        assertThat(reveal.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutInstance(reveal.getBody())).isEqualTo(withoutInstance(unknownList.getBody()));
        assertThat(jdbc.queryForObject("select count(*) from wb_identity_reveal where report_number = ?", Integer.class,
                custodianNamed.number())).isZero();
        assertThat(auditRows()).as("nothing was downloaded").isEqualTo(auditRows);

        // the same endpoints answer a colleague who is not named
        assertThat(get("wb-investigator2", "/api/reports/" + filed.number() + "/documents").getBody()).contains("转账截图.png");
        assertThat(get("wb-investigator2", "/api/reports/" + filed.number() + "/messages").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("wb-investigator", "/api/reports/" + custodianNamed.number() + "/documents").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void anInvestigatorNotInvolvedDownloadsEvidenceAsAnAuditedAttachment() throws Exception {
        Filed filed = file("王某", "转账 截图\"1\".png");
        Filed other = file("王某", "other.png");
        int auditRows = auditRows();

        ResponseEntity<byte[]> download = http.withBasicAuth("wb-investigator2", "demo").getForEntity(
                "/api/reports/" + filed.number() + "/documents/" + filed.documentId(), byte[].class);

        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PNG);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getCacheControl()).contains("no-store");
        String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment; filename=\"evidence-" + filed.documentId() + ".png\"; filename*=UTF-8''")
                .doesNotContain("\"1\"");
        assertThat(org.springframework.web.util.UriUtils.decode(disposition.substring(disposition.indexOf("''") + 2),
                StandardCharsets.UTF_8)).isEqualTo("转账 截图_1_.png");
        assertThat(auditRows()).isEqualTo(auditRows + 1);
        Map<String, Object> row = jdbc.queryForMap(
                "select actor, action, case_number, detail from audit_log order by id desc limit 1");
        assertThat(row).containsEntry("actor", "wb-investigator2").containsEntry("action", "DOCUMENT_DOWNLOADED")
                .containsEntry("case_number", filed.number());
        assertThat((String) row.get("detail")).contains("document " + filed.documentId()).doesNotContain("转账", "截图");

        // a document of another report is not reachable through this one
        assertThat(get("wb-investigator2", "/api/reports/" + filed.number() + "/documents/" + other.documentId())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        // complaint staff: no such report
        assertThat(get("supervisor", "/api/reports/" + filed.number() + "/documents/" + filed.documentId())
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(auditRows()).isEqualTo(auditRows + 1);
    }

    @Test
    void staffCannotCorrelateMessagesOrSignalsThroughEitherApiAndLearnNothingFromTrying() throws Exception {
        ProcessInstance waiting = awaitingSupplement();
        String number = waiting.getBusinessKey();
        String unknown = "JB20000101999998";
        WebappLogin.Session tasklist = WebappLogin.as(http, "frontline", "tasklist");

        for (String path : List.of("/engine-rest/message", "/engine-rest/engine/default/message")) {
            ResponseEntity<String> existing = http.withBasicAuth("frontline", "demo").postForEntity(path,
                    new HttpEntity<>(Map.of("messageName", SUPPLEMENT, "businessKey", number), jsonHeaders()), String.class);
            ResponseEntity<String> missing = http.withBasicAuth("frontline", "demo").postForEntity(path,
                    new HttpEntity<>(Map.of("messageName", SUPPLEMENT, "businessKey", unknown), jsonHeaders()), String.class);
            assertRefusedAlike(path, existing, missing, waiting);
        }
        for (String path : List.of("/engine-rest/signal", "/engine-rest/engine/default/signal")) {
            ResponseEntity<String> signal = http.withBasicAuth("wb-investigator", "demo").postForEntity(path,
                    new HttpEntity<>(Map.of("name", SUPPLEMENT), jsonHeaders()), String.class);
            ResponseEntity<String> other = http.withBasicAuth("wb-investigator", "demo").postForEntity(path,
                    new HttpEntity<>(Map.of("name", "NoSuchSignal"), jsonHeaders()), String.class);
            assertRefusedAlike(path, signal, other, waiting);
        }
        String execution = runtimeService.createExecutionQuery().processInstanceId(waiting.getId())
                .messageEventSubscriptionName(SUPPLEMENT).singleResult().getId();
        ResponseEntity<String> trigger = http.withBasicAuth("frontline", "demo").postForEntity(
                "/engine-rest/execution/" + execution + "/messageSubscriptions/" + SUPPLEMENT + "/trigger",
                new HttpEntity<>("{}", jsonHeaders()), String.class);
        ResponseEntity<String> triggerUnknown = http.withBasicAuth("frontline", "demo").postForEntity(
                "/engine-rest/execution/no-such-execution/messageSubscriptions/" + SUPPLEMENT + "/trigger",
                new HttpEntity<>("{}", jsonHeaders()), String.class);
        assertRefusedAlike("trigger", trigger, triggerUnknown, waiting);

        // Tasklist's own door to the engine
        HttpHeaders webapp = csrf(tasklist);
        for (String resource : List.of("message", "signal")) {
            String path = "/camunda/api/engine/engine/default/" + resource;
            Map<String, String> body = resource.equals("message") ? Map.of("messageName", SUPPLEMENT, "businessKey", number)
                    : Map.of("name", SUPPLEMENT);
            Map<String, String> unknownBody = resource.equals("message")
                    ? Map.of("messageName", SUPPLEMENT, "businessKey", unknown) : Map.of("name", "NoSuchSignal");
            ResponseEntity<String> existing = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, webapp), String.class);
            ResponseEntity<String> missing = http.exchange(path, HttpMethod.POST, new HttpEntity<>(unknownBody, webapp),
                    String.class);
            assertRefusedAlike(path, existing, missing, waiting);
        }

        // the administrator still reaches the engine (its own answer for an unknown business key)
        ResponseEntity<String> admin = http.withBasicAuth("admin", "demo").postForEntity("/engine-rest/message",
                new HttpEntity<>(Map.of("messageName", SUPPLEMENT, "businessKey", unknown), jsonHeaders()), String.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(isWaitingForSupplement(waiting)).isTrue();
    }

    @Test
    void anEngineRefusalNamesNoResourceOnEitherApi() throws Exception {
        ProcessInstance hidden = awaitingSupplement();

        ResponseEntity<String> rest = http.withBasicAuth("frontline", "demo").getForEntity(
                "/engine-rest/process-instance/" + hidden.getId() + "/variables", String.class);
        WebappLogin.Session tasklist = WebappLogin.as(http, "frontline", "tasklist");
        ResponseEntity<String> webapp = http.exchange(
                "/camunda/api/engine/engine/default/process-instance/" + hidden.getId() + "/variables", HttpMethod.GET,
                new HttpEntity<>(tasklist.headers()), String.class);

        for (ResponseEntity<String> refused : List.of(rest, webapp)) {
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            JsonNode body = json.readTree(refused.getBody());
            assertThat(body.get("type").asText()).isEqualTo("AuthorizationException");
            assertThat(body.get("message").asText()).isNotBlank();
            assertThat(refused.getBody()).doesNotContain(hidden.getId(), hidden.getBusinessKey(), "ProcessInstance",
                    "whistleblowing-handling", "ProcessDefinition",
                    "resourceId", "missingAuthorizations");
        }
    }

    private void assertRefusedAlike(String what, ResponseEntity<String> existing, ResponseEntity<String> missing,
                                    ProcessInstance waiting) {
        assertThat(existing.getStatusCode()).as(what).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(missing.getStatusCode()).as(what).isEqualTo(existing.getStatusCode());
        assertThat(missing.getBody()).as(what).isEqualTo(existing.getBody());
        assertThat(existing.getBody()).as(what).contains("\"message\"")
                .doesNotContain(waiting.getId(), waiting.getBusinessKey(), "ProcessInstance");
        assertThat(isWaitingForSupplement(waiting)).as(what + ": nothing was correlated").isTrue();
    }

    private boolean isWaitingForSupplement(ProcessInstance pi) {
        return runtimeService.createExecutionQuery().processInstanceId(pi.getId())
                .messageEventSubscriptionName(SUPPLEMENT).count() == 1;
    }

    /** A report whose assessment asked the reporter for more: its process waits for the message. */
    private ProcessInstance awaitingSupplement() throws Exception {
        Filed filed = file("王某", "a.png");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(filed.number())
                .singleResult();
        driver.executeJob(pi, "Task_Acknowledge");
        Map<String, Object> variables = new HashMap<>(Map.of("authenticity", "CREDIBLE", "urgency", "NORMAL",
                "admissibility", "SUPPLEMENT", "supplementRequest", "请提供转账记录"));
        String assess = driver.task(pi, "Task_Assess").getId();
        driver.as("wb-intake", () -> taskService.complete(assess, variables));
        driver.executeJob(pi, "Task_RequestSupplement");
        assertThat(isWaitingForSupplement(pi)).isTrue();
        return pi;
    }

    private Filed file(String reportedName, String fileName) throws Exception {
        String submission = json.writeValueAsString(Map.of("anonymous", true,
                "reportedParty", Map.of("name", reportedName, "unit", "朝阳支行"),
                "description", "支行员工私下收取客户费用。", "occurredAt", "2026-01-01", "location", "北京"));
        JsonNode receipt = json.readTree(http.postForEntity("/api/reports", new HttpEntity<>(submission, jsonHeaders()),
                String.class).getBody());
        String code = receipt.get("receiptCode").asText();
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(PNG) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Receipt-Code", code);
        ResponseEntity<String> added = http.exchange("/api/reports/mailbox/documents", HttpMethod.POST,
                new HttpEntity<>(parts, headers), String.class);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return new Filed(receipt.get("reportNumber").asText(), json.readTree(added.getBody()).get("id").asLong(), code);
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    /** Headers of a state-changing webapp request: the session's CSRF token, fetched as the browser does. */
    private HttpHeaders csrf(WebappLogin.Session session) {
        HttpHeaders fetch = session.headers();
        fetch.set("X-XSRF-TOKEN", "Fetch");
        ResponseEntity<String> page = http.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
                new HttpEntity<>(fetch), String.class);
        HttpHeaders headers = session.headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(token).as("CSRF token of the session").isNotBlank();
        headers.set("X-XSRF-TOKEN", token);
        return headers;
    }

    private int auditRows() {
        return jdbc.queryForObject("select count(*) from audit_log", Integer.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private String withoutInstance(String body) throws Exception {
        JsonNode node = json.readTree(body);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("instance");
        return node.toString();
    }
}
