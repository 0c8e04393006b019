package com.casedesk.complaint;

import com.casedesk.complaint.intake.ComplaintIntake;
import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
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

/** Withdrawal, regrade, pauses and extension requests over HTTP: contract, errors, state conflicts. */
@PostgresTest
class ComplaintActionsApiTest {

    @Autowired TestRestTemplate http;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired com.casedesk.complaint.clock.StatutoryClock statutoryClock;

    @Test
    void staffRegradeAComplaintAndTheAnswerCarriesTheNewLevel() throws Exception {
        String caseNumber = registered();

        ResponseEntity<String> response = post("/api/complaints/" + caseNumber + "/regrade",
                "{\"level\": 2, \"reason\": \"客户情绪激动，多次来电\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(response.getBody()).get("level").asInt()).isEqualTo(2);
        assertThat(complaints.getByCaseNumber(caseNumber).getLevel()).isEqualTo(2);
    }

    @Test
    void aWithdrawalEndsTheCaseAndASecondOneIsAConflict() throws Exception {
        String caseNumber = registered();

        ResponseEntity<String> first = post("/api/complaints/" + caseNumber + "/withdrawal", "{\"reason\": \"客户来电撤诉\"}");
        ResponseEntity<String> second = post("/api/complaints/" + caseNumber + "/withdrawal", "{\"reason\": \"再次\"}");

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(first.getBody()).get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPauseIsCreatedAndEndedAndAnUnknownKindIs400() throws Exception {
        String caseNumber = registered();

        ResponseEntity<String> bad = post("/api/complaints/" + caseNumber + "/clock-pauses", "{\"kind\": \"LUNCH\", \"reason\": \"x\"}");
        ResponseEntity<String> pause = post("/api/complaints/" + caseNumber + "/clock-pauses",
                "{\"kind\": \"MEDIATION\", \"reason\": \"双方同意调解\"}");
        ResponseEntity<String> end = post("/api/complaints/" + caseNumber + "/clock-pauses/current/end", null);

        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(bad.getBody()).get("errors").findValuesAsText("field")).contains("kind");
        assertThat(pause.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(pause.getHeaders().getLocation()).isNotNull();
        assertThat(end.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(end.getBody()).get("endedAt").isNull()).isFalse();
    }

    @Test
    void anExtensionRequestIs201AndABlankReasonIs400() throws Exception {
        String caseNumber = registered();
        statutoryClock.classifyComplex(caseNumber); // only a complex case may be extended (Art. 18)

        ResponseEntity<String> blank = post("/api/complaints/" + caseNumber + "/extension-requests", "{\"reason\": \" \"}");
        ResponseEntity<String> created = post("/api/complaints/" + caseNumber + "/extension-requests",
                "{\"reason\": \"需等待第三方鉴定结论\"}");

        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(blank.getBody()).get("errors").findValuesAsText("field")).contains("reason");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(created.getBody());
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        assertThat(body.get("requestedBy").asText()).isEqualTo("supervisor");
    }

    @Test
    void anExtensionForASimpleCaseIsRefusedWithTheArticleAndNothingIsWritten() throws Exception {
        String caseNumber = registered();

        ResponseEntity<String> refused = post("/api/complaints/" + caseNumber + "/extension-requests",
                "{\"reason\": \"需等待第三方鉴定结论\"}");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(refused.getBody()).get("article").asText()).isEqualTo("令2020年第3号 第十八条第一款");
        assertThat(json.readTree(refused.getBody()).get("detail").asText()).contains("complex");
        assertThat(json.readTree(refused.getBody()).get("rule").asText()).isEqualTo("法定时限规则 Not allowed by the statutory clock rules");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).count()).isZero();
        assertThat(complaints.getByCaseNumber(caseNumber).isExtended()).isFalse();
    }

    /**
     * A case still running on version 5 of complaint-handling (before the extension event sub-process):
     * its approval is started from Java as it always was, once, and not as a called instance.
     */
    @Test
    void aCaseOnTheModelBeforeTheExtensionSubProcessStillGetsItsApprovalStartedFromJava() throws Exception {
        String caseNumber = registered();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "replaced by a version 5 instance"));
        Deployment v5 = repositoryService.createDeployment().name("complaint-handling version 5")
                .addClasspathResource("models/complaint-handling-v5.bpmn").deploy();
        try {
            String v5Definition = repositoryService.createProcessDefinitionQuery().deploymentId(v5.getId())
                    .singleResult().getId();
            ProcessInstance old = runtimeService.createProcessInstanceById(v5Definition).businessKey(caseNumber)
                    .setVariables(com.casedesk.complaint.ComplaintProcess.startVariables(complaints.getByCaseNumber(caseNumber))).execute();

            statutoryClock.classifyComplex(caseNumber); // only a complex case may be extended (Art. 18)
            ResponseEntity<String> created = post("/api/complaints/" + caseNumber + "/extension-requests",
                    "{\"reason\": \"需等待第三方鉴定结论\"}");

            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            ProcessInstance extension = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                    .processInstanceBusinessKey(caseNumber).singleResult();
            assertThat(extension).isNotNull();
            assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(old.getId()).count()).isZero();
            assertThat(runtimeService.getVariables(extension.getId())).containsEntry("caseNumber", caseNumber)
                    .containsEntry("extensionKind", "STATUTORY").containsKey("replyDueBy");
        } finally {
            repositoryService.deleteDeployment(v5.getId(), true);
        }
    }

    @Test
    void aLevelOutsideOneToThreeIs400() throws Exception {
        ResponseEntity<String> response = post("/api/complaints/" + registered() + "/regrade", "{\"level\": 4, \"reason\": \"x\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).contains("level");
    }

    @Test
    void actionsNeedALoginAndAKnownCase() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> anonymous = http.exchange("/api/complaints/TS20260101000001/withdrawal", HttpMethod.POST,
                new HttpEntity<>("{\"reason\": \"x\"}", headers), String.class);
        ResponseEntity<String> unknown = post("/api/complaints/TS19990101999999/withdrawal", "{\"reason\": \"x\"}");

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String registered() {
        return intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("supervisor", "demo")
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
