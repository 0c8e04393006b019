package com.casedesk.complaint;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.rectification.Rectifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.process.TaskRuleViolation;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.util.LinkedMultiValueMap;

/** Recusal (回避, Art. 17) and evidence documents, through the API and the engine. */
@PostgresTest
class CaseworkSafeguardsTest {

    @Autowired ComplaintIntake intake;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired Rectifications rectifications;

    @Test
    void theStaffMemberComplainedAboutNeverGetsATaskOfTheCase() {
        String caseNumber = register("frontline2");
        Task first = firstTask(caseNumber);

        // refused before the command runs (issue 13 §4), so REST answers 403, not a listener's 500
        assertThatThrownBy(() -> taskService.setAssignee(first.getId(), "frontline2"))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("回避");
        taskService.setAssignee(first.getId(), "frontline");

        assertThat(taskService.createTaskQuery().taskId(first.getId()).singleResult().getAssignee()).isEqualTo("frontline");
    }

    @Test
    void aDeclaredConflictHandsTheTaskBackAndBarsThePerson() throws Exception {
        String caseNumber = register(null);
        Task first = firstTask(caseNumber);
        taskService.setAssignee(first.getId(), "frontline");

        ResponseEntity<String> declared = postJson("frontline", "/api/complaints/" + caseNumber + "/conflicts-of-interest",
                "{\"reason\": \"投诉人是我的亲属\"}");
        ResponseEntity<String> again = postJson("supervisor", "/api/complaints/" + caseNumber + "/conflicts-of-interest",
                "{\"userId\": \"frontline\", \"reason\": \"重复\"}");

        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(declared.getBody()).get("userId").asText()).isEqualTo("frontline");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(taskService.createTaskQuery().taskId(first.getId()).singleResult().getAssignee()).isNull();
        assertThatThrownBy(() -> taskService.setAssignee(first.getId(), "frontline"))
                .isInstanceOf(TaskRuleViolation.class).hasMessageContaining("回避");
    }

    @Test
    void evidenceIsStoredCheckedByContentListedInTheFormsAndDownloadedAsAnAttachment() throws Exception {
        String caseNumber = register(null);
        // issue 13: evidence must be a readable file of its type (its metadata is removed): a real PDF, without metadata
        byte[] pdf = com.casedesk.casefile.EvidenceFiles.pdf();

        ResponseEntity<String> uploaded = upload(caseNumber, "理赔申请书.pdf", pdf, "客户提交的理赔申请");
        JsonNode document = json.readTree(uploaded.getBody());
        ResponseEntity<byte[]> download = http.withBasicAuth("frontline", "demo")
                .getForEntity(uploaded.getHeaders().getLocation(), byte[].class);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
        String processInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult().getId();
        assertThat(ComplaintProcess.Vars.EVIDENCE_LIST.get(runtimeService, processInstance))
                .contains("理赔申请书.pdf");
        assertThat(http.withBasicAuth("frontline", "demo").getForObject("/api/complaints/" + caseNumber + "/documents",
                String.class)).contains("理赔申请书.pdf").doesNotContain("content");
        JsonNode ledger = json.readTree(http.withBasicAuth("frontline", "demo")
                .getForObject("/api/complaints/" + caseNumber, String.class));
        assertThat(ledger.get("documents").findValuesAsText("fileName")).containsExactly("理赔申请书.pdf");
        assertThat(ledger.get("events").findValuesAsText("type")).contains("DOCUMENT_ADDED");
    }

    @Test
    void theLedgerRecordShowsTheCasesRectificationActionsAndReviews() throws Exception {
        String caseNumber = register(null);
        rectifications.open(caseNumber, "dept-claims", "claims", "修订理赔材料补正告知流程", java.time.LocalDate.now().plusDays(30));

        JsonNode ledger = json.readTree(http.withBasicAuth("supervisor", "demo")
                .getForObject("/api/complaints/" + caseNumber, String.class));

        assertThat(ledger.get("rectifications").findValuesAsText("description")).containsExactly("修订理赔材料补正告知流程");
        assertThat(ledger.get("reviews").isArray()).isTrue();
        assertThat(ledger.get("clock").get("statutoryDueBy").asText()).isNotBlank();
    }

    @Test
    void aProgramDisguisedAsAPdfAndAnEmptyFileAreRefused() throws Exception {
        String caseNumber = register(null);

        ResponseEntity<String> exe = upload(caseNumber, "invoice.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0}, null);
        ResponseEntity<String> empty = upload(caseNumber, "empty.pdf", new byte[0], null);

        assertThat(exe.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(exe.getBody()).get("errors").findValuesAsText("field")).contains("file");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("frontline", "demo").getForObject("/api/complaints/" + caseNumber + "/documents",
                String.class)).isEqualTo("[]");
    }

    @Test
    void documentsNeedALogin() {
        ResponseEntity<String> response = http.getForEntity("/api/complaints/TS20260101000001/documents", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String register(String respondentStaffId) {
        var base = Complaints.with(com.casedesk.complaint.Channel.HOTLINE, new BigDecimal("100"), Set.of(), 1);
        var submission = new ComplaintSubmission(base.channel(), base.complainant(),
                new ComplaintSubmission.Respondent("朝阳支行", "赵敏", respondentStaffId), base.businessLine(),
                base.category(), base.request(), base.facts(), base.claimedAmount(), base.flags(), base.jointComplainants());
        return intake.register(submission, null, "test", "frontline").receipt().caseNumber();
    }

    private Task firstTask(String caseNumber) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list().get(0);
    }

    private ResponseEntity<String> postJson(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> upload(String caseNumber, String name, byte[] content, String description) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        if (description != null) {
            parts.add("description", description);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("frontline", "demo").exchange("/api/complaints/" + caseNumber + "/documents",
                HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }
}
