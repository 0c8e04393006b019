package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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

/** Whistleblowing intake, mailbox and identity reveal over HTTP, on PostgreSQL. */
@PostgresTest
class ReportApiTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtimeService;
    @Autowired ReporterMailbox reporterChannel; // the real mailbox: process tests record instead (RecordingReporterChannel)
    @Autowired ObjectMapper json;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;

    @Test
    void aReportWithoutLoginGetsTheReportNumberAndAReceiptCodeShownOnce() throws Exception {
        ResponseEntity<String> response = submit(Reports.realName(Reports.newReporter()));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        JsonNode body = json.readTree(response.getBody());
        assertThat(fieldNames(body)).containsExactlyInAnyOrder("reportNumber", "receiptCode", "status");
        String reportNumber = body.get("reportNumber").asText();
        assertThat(reportNumber).matches("JB\\d{8}\\d{6,}");
        assertThat(body.get("receiptCode").asText()).matches("\\d{4}( \\d{4}){3,}");
        assertThat(body.get("receiptCode").asText().replace(" ", "")).hasSizeGreaterThanOrEqualTo(16);
        assertThat(body.get("status").asText()).isEqualTo("RECEIVED");
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(ReportIntake.PROCESS_KEY).processInstanceBusinessKey(reportNumber).singleResult();
        assertThat(instance).isNotNull();
        Map<String, Object> variables = runtimeService.getVariables(instance.getId());
        assertThat(variables).containsEntry("reportNumber", reportNumber).containsEntry("anonymous", false)
                .containsEntry("reportedUnit", "朝阳支行").containsKeys("receivedAt");
        assertThat((String) variables.get("pseudonym")).matches("举报人-[A-Z0-9]{4}");
        Map<String, Object> event = jdbc.queryForMap(
                "select actor, event_type from case_event where case_number = ? order by id limit 1", reportNumber);
        assertThat(event).containsEntry("actor", "reporter").containsEntry("event_type", "REPORT_RECEIVED");
    }

    @Test
    void anAnonymousReportNeedsNoReporterAndStoresNoIdentity() throws Exception {
        String reportNumber = json.readTree(submit(Reports.anonymous()).getBody()).get("reportNumber").asText();

        Map<String, Object> row = jdbc.queryForMap(
                "select anonymous, identity_ciphertext, identity_key_id from wb_report where report_number = ?",
                reportNumber);
        assertThat(row.get("anonymous")).isEqualTo(true);
        assertThat(row.get("identity_ciphertext")).isNull();
        assertThat(row.get("identity_key_id")).isNull();
    }

    @Test
    void anAnonymousReportWithAReporterIsRefusedNamingTheField() throws Exception {
        String body = Reports.realName(Reports.newReporter()).replace("\"anonymous\": false", "\"anonymous\": true");

        assertThat(invalidFields(submit(body))).containsExactly("reporter");
    }

    @Test
    void aRealNameReportNeedsANameAndAContact() throws Exception {
        String noReporter = Reports.anonymous().replace("\"anonymous\": true", "\"anonymous\": false");
        String nameOnly = noReporter.replace("\"anonymous\": false,",
                "\"anonymous\": false, \"reporter\": {\"name\": \"欧阳\"},");
        String contactOnly = noReporter.replace("\"anonymous\": false,",
                "\"anonymous\": false, \"reporter\": {\"phone\": \"13900000000\"},");

        assertThat(invalidFields(submit(noReporter))).containsExactly("reporter.name", "reporter.phone");
        assertThat(invalidFields(submit(nameOnly))).containsExactly("reporter.phone");
        assertThat(invalidFields(submit(contactOnly))).containsExactly("reporter.name");
    }

    @Test
    void descriptionAnonymousFlagAndDatesAreChecked() throws Exception {
        String base = Reports.anonymous();

        assertThat(invalidFields(submit(base.replace("\"anonymous\": true,", "")))).containsExactly("anonymous");
        assertThat(invalidFields(submit(base.replace("支行员工私下销售未经备案的理财产品。", ""))))
                .containsExactly("description");
        assertThat(invalidFields(submit(base.replace("支行员工私下销售未经备案的理财产品。", "a".repeat(10001)))))
                .containsExactly("description");
        assertThat(invalidFields(submit(base.replace("支行员工", "支行\\u0007员工")))).containsExactly("description");
        assertThat(invalidFields(submit(base.replace("2026-01-01", "2999-01-01")))).containsExactly("occurredAt");
        assertThat(invalidFields(submit(base.replace("北京市朝阳区", "北京\\n朝阳")))).containsExactly("location");
    }

    @Test
    void theReceiptCodeOpensTheMailboxWithOrWithoutSpacesAndMessagesGoBothWays() throws Exception {
        JsonNode receipt = json.readTree(submit(Reports.realName(Reports.newReporter())).getBody());
        String reportNumber = receipt.get("reportNumber").asText();
        String code = receipt.get("receiptCode").asText();

        ResponseEntity<String> empty = mailbox(code);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(fieldNames(json.readTree(empty.getBody()))).containsExactlyInAnyOrder("status", "messages");
        assertThat(json.readTree(empty.getBody()).get("status").asText()).isEqualTo("RECEIVED");

        ResponseEntity<String> posted = postMessage(code.replace(" ", ""), "我还有录音证据，如何提交？");
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        reporterChannel.tellReporter(reportNumber, "请通过信箱上传录音。");

        JsonNode messages = json.readTree(mailbox(code).getBody()).get("messages");
        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).get("direction").asText()).isEqualTo("IN");
        assertThat(messages.get(0).get("author").asText()).matches("举报人-[A-Z0-9]{4}");
        assertThat(messages.get(0).get("body").asText()).isEqualTo("我还有录音证据，如何提交？");
        assertThat(messages.get(1).get("direction").asText()).isEqualTo("OUT");
        assertThat(messages.get(1).get("author").asText()).isEqualTo("调查人员");
        assertThat(messages.get(1).get("body").asText()).isEqualTo("请通过信箱上传录音。");
        assertThat(fieldNames(messages.get(1))).containsExactlyInAnyOrder("direction", "author", "createdAt", "body");
        List<Map<String, Object>> events = jdbc.queryForList(
                "select event_type, detail from case_event where case_number = ? and event_type in"
                        + " ('REPORTER_MESSAGE', 'INVESTIGATOR_MESSAGE') order by id", reportNumber);
        assertThat(events).extracting(e -> e.get("event_type")).containsExactly("REPORTER_MESSAGE", "INVESTIGATOR_MESSAGE");
        assertThat(events).extracting(e -> (String) e.get("detail")).noneMatch(d -> d.contains("录音"));
    }

    @Test
    void wrongMalformedAndMissingCodesGetOneAndTheSameAnswer() throws Exception {
        submit(Reports.anonymous());

        ResponseEntity<String> wrong = mailbox("0000 1111 2222 3333 4444");
        ResponseEntity<String> malformed = mailbox("12ab");
        ResponseEntity<String> missing = mailbox(null);
        ResponseEntity<String> wrongPost = postMessage("9999 8888 7777 6666 5555", "hallo");

        for (ResponseEntity<String> response : List.of(wrong, malformed, missing, wrongPost)) {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(withoutInstance(response)).isEqualTo(withoutInstance(wrong));
        }
        assertThat(malformed.getBody()).isEqualTo(wrong.getBody());
        assertThat(missing.getBody()).isEqualTo(wrong.getBody());
        assertThat(wrong.getBody()).doesNotContain("0000");
    }

    @Test
    void aMessageNeedsABody() throws Exception {
        String code = json.readTree(submit(Reports.anonymous()).getBody()).get("receiptCode").asText();

        assertThat(invalidFields(postMessage(code, ""))).containsExactly("body");
    }

    @Test
    void theReportersIdentityIsInNoEngineTableNorInTheEventLogNorInClearInTheReport() throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        String reportNumber = json.readTree(submit(Reports.realName(reporter)).getBody()).get("reportNumber").asText();
        String processInstanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reportNumber)
                .singleResult().getId();
        runtimeService.setVariable(processInstanceId, "touched", "history written"); // a detail row, too

        for (String secret : List.of(reporter.name(), reporter.phone(), reporter.email())) {
            for (String table : List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail", "case_event", "wb_report",
                    "wb_message")) {
                assertThat(jdbc.queryForObject("select count(*) from " + table + " t where t::text like ?",
                        Integer.class, "%" + secret + "%")).as(table).isZero();
            }
            for (String bytes : List.of("act_ge_bytearray.bytes_", "wb_report.identity_ciphertext", "wb_identity_key.wrapped_key")) {
                String[] column = bytes.split("\\.");
                assertThat(jdbc.queryForObject("select count(*) from " + column[0] + " where position(convert_to(?, 'UTF8')"
                        + " in " + column[1] + ") > 0", Integer.class, secret)).as(bytes).isZero();
            }
        }
        // the search does find what is there: the report number is a variable
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst t where t::text like ?", Integer.class,
                "%" + reportNumber + "%")).isPositive();
        // issue 13: sealed with a data key of its own, stored wrapped by the configured master key
        assertThat(jdbc.queryForObject("select identity_key_id from wb_report where report_number = ?", String.class,
                reportNumber)).isNull();
        assertThat(jdbc.queryForObject("select master_key_id from wb_identity_key where report_number = ?", String.class,
                reportNumber)).isEqualTo("dev-only");
    }

    @Test
    void onlyTheCustodianRevealsAnIdentityWithAReasonAndEveryRevealIsRecorded() throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        String reportNumber = json.readTree(submit(Reports.realName(reporter)).getBody()).get("reportNumber").asText();
        String reason = "{\"reason\": \"司法机关依法调取（协查函 2026-17 号）\", \"legalBasis\": \"《刑事诉讼法》第五十四条\"}";

        assertThat(reveal(reportNumber, reason, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> investigator = reveal(reportNumber, reason, "wb-investigator");
        assertThat(investigator.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(withoutInstance(investigator))
                .isEqualTo(withoutInstance(reveal("JB19990101999999", reason, "wb-investigator")));
        assertThat(reveal(reportNumber, reason, "frontline").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(invalidFields(reveal(reportNumber, "{\"reason\": \" \", \"legalBasis\": \"《刑事诉讼法》第五十四条\"}",
                "wb-custodian"))).containsExactly("reason");
        // issue 13: no reveal without a legal basis
        assertThat(invalidFields(reveal(reportNumber, "{\"reason\": \"核实\"}", "wb-custodian"))).containsExactly("legalBasis");
        assertThat(invalidFields(reveal(reportNumber, "{\"reason\": \"核实\", \"legalBasis\": \"  \"}", "wb-custodian")))
                .containsExactly("legalBasis");
        assertThat(revealCount(reportNumber)).isZero();

        ResponseEntity<String> revealed = reveal(reportNumber, reason, "wb-custodian");

        assertThat(revealed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode identity = json.readTree(revealed.getBody());
        assertThat(identity.get("name").asText()).isEqualTo(reporter.name());
        assertThat(identity.get("phone").asText()).isEqualTo(reporter.phone());
        assertThat(identity.get("email").asText()).isEqualTo(reporter.email());
        assertThat(identity.get("revealedBy").asText()).isEqualTo("wb-custodian");
        Map<String, Object> audit = jdbc.queryForMap(
                "select revealed_by, reason, legal_basis from wb_identity_reveal where report_number = ?", reportNumber);
        assertThat(audit).containsEntry("revealed_by", "wb-custodian")
                .containsEntry("reason", "司法机关依法调取（协查函 2026-17 号）")
                .containsEntry("legal_basis", "《刑事诉讼法》第五十四条");

        reveal(reportNumber, reason, "wb-custodian");
        assertThat(revealCount(reportNumber)).isEqualTo(2);
    }

    @Test
    void anAnonymousReportHasNoIdentityToReveal() throws Exception {
        String reportNumber = json.readTree(submit(Reports.anonymous()).getBody()).get("reportNumber").asText();

        ResponseEntity<String> response = reveal(reportNumber, "{\"reason\": \"核实\", \"legalBasis\": \"依法\"}", "wb-custodian");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).path("rule").asText()).isEqualTo("匿名举报无身份可查 No identity to reveal");
        assertThat(revealCount(reportNumber)).isZero();
        assertThat(reveal("JB19990101999999", "{\"reason\": \"核实\", \"legalBasis\": \"依法\"}", "wb-custodian").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theRevealRecordCannotBeChangedThroughTheApi() {
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
            HttpStatus status = HttpStatus.valueOf(http.withBasicAuth("wb-custodian", "demo")
                    .exchange("/api/reports/JB20260101000001/identity-reveals", method,
                            new HttpEntity<>("{}", jsonHeaders()), String.class)
                    .getStatusCode().value());
            assertThat(status).isIn(HttpStatus.METHOD_NOT_ALLOWED, HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void aReportersMessageDeliversTheSupplementTheCaseIsWaitingFor() throws Exception {
        JsonNode receipt = json.readTree(submit(Reports.anonymous()).getBody());
        String number = receipt.get("reportNumber").asText();
        var pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(WbProcess.Elements.ACKNOWLEDGE).singleResult().getId());
        var assess = taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(WbProcess.Elements.ASSESS).singleResult();
        identityService.setAuthentication("wb-intake", List.of("whistleblowing-intake"));
        try {
            taskService.complete(assess.getId(), java.util.Map.of(WbProcess.Vars.AUTHENTICITY.name(), "CREDIBLE",
                    WbProcess.Vars.URGENCY.name(), "NORMAL", WbProcess.Vars.ADMISSIBILITY.name(), "SUPPLEMENT",
                    WbProcess.Vars.SUPPLEMENT_REQUEST.name(), "请提供转账记录"));
        } finally {
            identityService.clearAuthentication();
        }
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(WbProcess.Elements.REQUEST_SUPPLEMENT).singleResult().getId());

        assertThat(json.readTree(mailbox(receipt.get("receiptCode").asText()).getBody()).get("status").asText())
                .isEqualTo("AWAITING_SUPPLEMENT");

        postMessage(receipt.get("receiptCode").asText(), "转账记录：2026年9月3日，5万元");

        assertThat(json.readTree(mailbox(receipt.get("receiptCode").asText()).getBody()).get("status").asText())
                .isEqualTo("RECEIVED");

        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(WbProcess.Elements.ASSESS).count()).isOne();
        // a further message while nothing is awaited just waits in the mailbox
        assertThat(postMessage(receipt.get("receiptCode").asText(), "补充说明").getStatusCode().is2xxSuccessful()).isTrue();
    }

    @Test
    void theReporterAddsEvidenceWithTheReceiptCodeAndOnlyWhistleblowingStaffSeeIt() throws Exception {
        JsonNode receipt = json.readTree(submit(Reports.anonymous()).getBody());
        String number = receipt.get("reportNumber").asText();
        // issue 13: evidence must be a readable file of its type (its metadata is removed): a real PNG
        byte[] png = com.casedesk.casefile.EvidenceFiles.pngWithMetadata();

        ResponseEntity<String> added = uploadEvidence(receipt.get("receiptCode").asText(), "转账截图.png", png);
        ResponseEntity<String> wrongCode = uploadEvidence("1111 2222 3333 4444 5555", "x.png", png);
        ResponseEntity<String> notEvidence = uploadEvidence(receipt.get("receiptCode").asText(), "x.png", "MZ..".getBytes());

        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(added.getBody()).get("mediaType").asText()).isEqualTo("image/png");
        assertThat(wrongCode.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(notEvidence.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // a reporter's screenshot keeps no author or place; a PDF that is also a web page is refused
        byte[] stored = jdbc.queryForObject("select content from case_document where case_number = ?", byte[].class, number);
        assertThat(stored).isEqualTo(com.casedesk.casefile.EvidenceFiles.png());
        ResponseEntity<String> polyglot = uploadEvidence(receipt.get("receiptCode").asText(), "x.pdf",
                "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(polyglot.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(polyglot.getBody()).contains("a file that is also a web page is refused");
        assertThat(http.withBasicAuth("wb-investigator", "demo").getForObject("/api/reports/" + number + "/documents",
                String.class)).contains("转账截图.png");
        assertThat(http.withBasicAuth("supervisor", "demo").getForEntity("/api/reports/" + number + "/documents",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForList("select detail from case_event where case_number = ? and event_type = 'DOCUMENT_ADDED'",
                String.class, number)).singleElement().asString().doesNotContain("转账截图");
    }

    private ResponseEntity<String> uploadEvidence(String code, String name, byte[] content) {
        var parts = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        headers.set("X-Receipt-Code", code);
        return http.exchange("/api/reports/mailbox/documents", org.springframework.http.HttpMethod.POST,
                new org.springframework.http.HttpEntity<>(parts, headers), String.class);
    }

    private ResponseEntity<String> submit(String body) {
        return http.postForEntity("/api/reports", new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private ResponseEntity<String> mailbox(String code) {
        HttpHeaders headers = new HttpHeaders();
        if (code != null) {
            headers.set("X-Receipt-Code", code);
        }
        return http.exchange("/api/reports/mailbox", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private ResponseEntity<String> postMessage(String code, String text) {
        HttpHeaders headers = jsonHeaders();
        headers.set("X-Receipt-Code", code);
        return http.postForEntity("/api/reports/mailbox/messages",
                new HttpEntity<>(Map.of("body", text), headers), String.class);
    }

    private ResponseEntity<String> reveal(String reportNumber, String body, String user) {
        TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "demo");
        return client.postForEntity("/api/reports/" + reportNumber + "/identity-reveals",
                new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private int revealCount(String reportNumber) {
        return jdbc.queryForObject("select count(*) from wb_identity_reveal where report_number = ?", Integer.class,
                reportNumber);
    }

    private List<String> invalidFields(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return json.readTree(response.getBody()).get("errors").findValuesAsText("field");
    }

    /** The problem body without "instance", which names the path asked for. */
    private JsonNode withoutInstance(ResponseEntity<String> response) throws Exception {
        var body = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(response.getBody());
        body.remove("instance");
        return body;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
