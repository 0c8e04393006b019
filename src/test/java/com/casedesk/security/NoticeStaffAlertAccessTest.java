package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeStaffAlertProcess;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * {@code notice-staff-alert} is technical like {@code notice-redelivery} (NoticeRedeliveryAccessTest):
 * managers and compliance read its instances (Cockpit), nobody works on it — not even the group it
 * alerts. Case workers (the alerted supervisors among them), the whistleblowing groups and the process
 * owner are played on every path of the engine REST API — list and count, the instance, its variables,
 * jobs and incidents, history — and refused when they start, modify, delete, change a variable or run or
 * retry its job; readers are refused those too. Nothing changes, nothing is sent.
 */
@PostgresTest
class NoticeStaffAlertAccessTest {

    private static final String BY_KEY = "processDefinitionKey=" + NoticeStaffAlertProcess.KEY;

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired OutboxRepository outbox;
    @Autowired ComplaintIntake intake;
    @Autowired EngineDriver driver;

    @Test
    void nobodyButTheReadersSeesAnAlertAndNobodyStartsOrChangesOrRunsIt() throws Exception {
        UnmeasuredProcesses.allow(engine);
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance complaint = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(complaint, ComplaintProcess.Elements.ACKNOWLEDGE);
        driver.executeJob(complaint, ComplaintProcess.Elements.DEADLINE_TIMER);
        Task supervise = driver.task(complaint, ComplaintProcess.Elements.SUPERVISE);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY)
                .variableValueEquals(NoticeStaffAlertProcess.Vars.TASK_ID.name(), supervise.getId()).singleResult();
        assertThat(pi.getBusinessKey()).isEqualTo(caseNumber);
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
        Map<String, Object> variables = runtimeService.getVariables(pi.getId());
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY)
                .count();
        String id = pi.getId();

        for (String user : List.of("frontline", "supervisor", "leader", "claims", "reviewer", "wb-investigator",
                "wb-committee", "owner")) {
            assertThat(count(user, "/engine-rest/process-instance/count?" + BY_KEY)).as(user).isZero();
            assertThat(get(user, "/engine-rest/process-instance?businessKey=" + caseNumber).getBody()).as(user)
                    .isEqualTo("[]");
            assertThat(get(user, "/engine-rest/process-instance/" + id).getStatusCode().is2xxSuccessful()).as(user)
                    .isFalse();
            assertThat(get(user, "/engine-rest/process-instance/" + id + "/variables").getStatusCode()
                    .is2xxSuccessful()).as(user).isFalse();
            assertThat(get(user, "/engine-rest/job?processInstanceId=" + id).getBody()).as(user).isEqualTo("[]");
            assertThat(get(user, "/engine-rest/incident?processInstanceId=" + id).getBody()).as(user).isEqualTo("[]");
            assertThat(count(user, "/engine-rest/history/process-instance/count?" + BY_KEY)).as(user).isZero();
            assertThat(get(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseNumber)
                    .getBody()).as(user).isEqualTo("[]");
            assertThat(get(user, "/engine-rest/history/variable-instance?processInstanceId=" + id).getBody()).as(user)
                    .isEqualTo("[]");
            assertThat(get(user, "/engine-rest/history/activity-instance?processInstanceId=" + id).getBody()).as(user)
                    .isEqualTo("[]");
            refusedToChange(user, id, job.getId());
            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .as(user + ": the job's retries").isEqualTo(job.getRetries());
        }
        // the readers see it, and may change it no more than anybody else
        for (String reader : List.of("manager", "compliance")) {
            assertThat(count(reader, "/engine-rest/process-instance/count?" + BY_KEY)).as(reader).isPositive();
            assertThat(count(reader, "/engine-rest/history/process-instance/count?" + BY_KEY)).as(reader).isPositive();
            assertThat(get(reader, "/engine-rest/process-instance/" + id).getStatusCode().is2xxSuccessful()).isTrue();
            refusedToChange(reader, id, job.getId());
        }

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY).count())
                .as("nobody started one").isEqualTo(instances);
        assertThat(runtimeService.getVariables(id)).isEqualTo(variables);
        Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after).as("the job is still waiting, not run").isNotNull();
        assertThat(after.getRetries()).isEqualTo(job.getRetries());
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(OutboxMessage::purpose)
                .as("no alert sent").doesNotContain(NoticePurpose.ESCALATION);
        runtimeService.deleteProcessInstance(id, "test over");
    }

    private void refusedToChange(String user, String id, String jobId) {
        String start = "{\"businessKey\": \"TS-FAKE\", \"variables\": {\"taskId\": {\"value\": \"x\", \"type\": \"String\"}}}";
        for (ResponseEntity<String> refused : List.of(
                send(user, HttpMethod.POST, "/engine-rest/process-definition/key/" + NoticeStaffAlertProcess.KEY
                        + "/start", start),
                send(user, HttpMethod.POST, "/engine-rest/process-instance/" + id + "/modification",
                        "{\"instructions\": [{\"type\": \"startAfterActivity\", \"activityId\": \""
                                + NoticeStaffAlertProcess.Elements.SEND_ALERT + "\"}]}"),
                send(user, HttpMethod.PUT, "/engine-rest/process-instance/" + id + "/variables/taskId",
                        "{\"value\": \"x\", \"type\": \"String\"}"),
                send(user, HttpMethod.PUT, "/engine-rest/process-instance/" + id + "/suspended", "{\"suspended\": true}"),
                send(user, HttpMethod.POST, "/engine-rest/job/" + jobId + "/execute", ""),
                send(user, HttpMethod.PUT, "/engine-rest/job/" + jobId + "/retries", "{\"retries\": 0}"),
                send(user, HttpMethod.DELETE, "/engine-rest/process-instance/" + id, null))) {
            assertThat(refused.getStatusCode().is4xxClientError()).as(user + ": " + refused.getHeaders().getFirst("X-Path")
                    + " " + refused.getBody()).isTrue();
        }
    }

    private long count(String user, String path) throws Exception {
        return json.readTree(get(user, path).getBody()).get("count").asLong();
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").exchange(path, method,
                new HttpEntity<>(body, headers), String.class);
        HttpHeaders named = new HttpHeaders();
        named.putAll(answer.getHeaders());
        named.set("X-Path", method + " " + path);
        return new ResponseEntity<>(answer.getBody(), named, answer.getStatusCode());
    }
}
