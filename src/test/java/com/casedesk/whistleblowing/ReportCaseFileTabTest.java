package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.DocumentType;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
 * Issue 17: a whistleblowing task's 案件档案 tab shows the report's pseudonymous view to whistleblowing staff not
 * involved in it, and never the reporter's identity — not to the committee, not to an administrator, whatever
 * the status. Every read is audited; refused callers leave no read.
 */
@PostgresTest
class ReportCaseFileTabTest {

    static final String ENGINE = "/camunda/api/tasklist/plugin/casedesk-casefile/default";

    @Autowired TestRestTemplate http;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired CaseDocuments documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void intakeSeesThePseudonymousReportAndNoRoleEverGetsTheReportersIdentity() throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        JsonNode receipt = json.readTree(http.postForEntity("/api/reports",
                new HttpEntity<>(Reports.realName(reporter), jsonHeaders()), String.class).getBody());
        String reportNumber = receipt.get("reportNumber").asText();
        assertThat(jdbc.queryForObject("select identity_ciphertext is not null from wb_report where report_number = ?",
                Boolean.class, reportNumber)).as("a real-name report keeps an identity").isTrue();
        Task assess = assessTask(reportNumber);
        CaseDocument evidence = documents.add(reportNumber, "转账记录.pdf", DocumentType.PDF,
                "%PDF-1.4 wb".getBytes(StandardCharsets.US_ASCII), null, "wb-intake");
        String path = ENGINE + "/task/" + assess.getId();

        ResponseEntity<String> response = get("wb-intake", path);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode file = json.readTree(response.getBody());
        assertThat(file.get("kind").asText()).isEqualTo("REPORT");
        assertThat(file.get("caseNumber").asText()).isEqualTo(reportNumber);
        assertThat(file.at("/report/pseudonym").asText()).isNotBlank();
        assertThat(file.at("/report/anonymous").asBoolean()).isFalse();
        assertThat(file.at("/report/reportedUnit").asText()).isEqualTo("朝阳支行");
        assertThat(file.get("events").size()).isPositive();
        assertThat(file.at("/documents/0/id").asLong()).isEqualTo(evidence.id());
        assertNoIdentity(response, reporter);
        assertThat(audited("wb-intake", reportNumber, "REPORT_READ")).isOne();

        ResponseEntity<byte[]> download = http.exchange(path + "/documents/" + evidence.id(), HttpMethod.GET,
                new HttpEntity<>(tasklist("wb-intake")), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(audited("wb-intake", reportNumber, "DOCUMENT_DOWNLOADED")).isOne();

        // the committee, asked to look at the task too, gets the same pseudonymous view
        taskService.addCandidateGroup(assess.getId(), "whistleblowing-committee");
        ResponseEntity<String> committee = get("wb-committee", path);
        assertThat(committee.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNoIdentity(committee, reporter);

        // an administrator reads every task in the engine, but is no whistleblowing staff: nothing
        ResponseEntity<String> admin = get("admin", path);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertNoIdentity(admin, reporter);
        assertThat(admin.getBody()).doesNotContain(reportNumber);
        // complaint staff: not their task
        for (String user : List.of("frontline", "supervisor")) {
            ResponseEntity<String> refused = get(user, path);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(refused.getBody()).doesNotContain(reportNumber);
        }
        for (String user : List.of("admin", "frontline", "supervisor")) {
            assertThat(audited(user, reportNumber, null)).as(user).isZero();
        }
        assertThat(http.withBasicAuth("wb-intake", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPersonInvolvedInTheReportGetsNothingEvenWhileTheyCanReadTheTask() throws Exception {
        Reports.Reporter reporter = Reports.newReporter();
        String reportNumber = json.readTree(http.postForEntity("/api/reports",
                new HttpEntity<>(Reports.realName(reporter), jsonHeaders()), String.class).getBody())
                .get("reportNumber").asText();
        Task assess = assessTask(reportNumber);
        String path = ENGINE + "/task/" + assess.getId();
        assertThat(get("wb-intake", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        long reads = audited("wb-intake", reportNumber, null);

        // registered as involved (named in the report, say) without the task being hidden from them
        jdbc.update("insert into wb_involved (report_number, user_id, reason) values (?, 'wb-intake', '被举报人')",
                reportNumber);

        ResponseEntity<String> refused = get("wb-intake", path);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(refused.getBody()).doesNotContain(reportNumber);
        assertNoIdentity(refused, reporter);
        assertThat(audited("wb-intake", reportNumber, null)).isEqualTo(reads);
    }

    // ---------------------------------------------------------------------------------- helpers

    private Task assessTask(String reportNumber) {
        var pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reportNumber).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(WbProcess.Elements.ACKNOWLEDGE).singleResult().getId());
        return taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(WbProcess.Elements.ASSESS).singleResult();
    }

    private static void assertNoIdentity(ResponseEntity<String> response, Reports.Reporter reporter) {
        assertThat(String.valueOf(response.getBody())).doesNotContain(reporter.name(), reporter.phone(), reporter.email(),
                reporter.phone().substring(3), "identity");
    }

    private long audited(String actor, String reportNumber, String action) {
        Long count = action == null
                ? jdbc.queryForObject("select count(*) from audit_log where actor = ? and case_number = ?", Long.class,
                        actor, reportNumber)
                : jdbc.queryForObject("select count(*) from audit_log where actor = ? and case_number = ? and action = ?",
                        Long.class, actor, reportNumber, action);
        return count == null ? 0 : count;
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tasklist(user)), String.class);
    }

    private HttpHeaders tasklist(String user) {
        return WebappLogin.as(http, user, "tasklist").headers();
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
