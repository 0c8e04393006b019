package com.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The attacker test of a model only the service runs (notice-redelivery, notice-staff-alert): case
 * workers, whistleblowing groups and the process owner see none of its instances, jobs, incidents or
 * history; managers and compliance read them; nobody starts, modifies, sets a variable, suspends,
 * deletes it or runs or retries its job over the engine REST API — and afterwards nothing changed.
 */
public final class ServiceProcessAccess {

    /** The instance under attack and what a write to it looks like for its model. */
    public record Target(String processKey, ProcessInstance instance, String caseNumber, String activityId,
                         String variable, String variableJson, String startVariablesJson) {
    }

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;

    public ServiceProcessAccess(TestRestTemplate http, ObjectMapper json, RuntimeService runtimeService,
                                ManagementService managementService) {
        this.http = http;
        this.json = json;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
    }

    public void assertOnlyReadersSeeItAndNobodyChangesIt(Target target) throws Exception {
        String byKey = "processDefinitionKey=" + target.processKey();
        String id = target.instance().getId();
        Job job = managementService.createJobQuery().processInstanceId(id).singleResult();
        Map<String, Object> variables = runtimeService.getVariables(id);
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(target.processKey()).count();

        for (String user : List.of("frontline", "supervisor", "leader", "claims", "reviewer", "wb-investigator",
                "wb-committee", "owner")) {
            assertThat(count(user, "/engine-rest/process-instance/count?" + byKey)).as(user).isZero();
            assertThat(get(user, "/engine-rest/process-instance?businessKey=" + target.caseNumber()).getBody()).as(user)
                    .isEqualTo("[]");
            assertThat(get(user, "/engine-rest/process-instance/" + id).getStatusCode().is2xxSuccessful()).as(user)
                    .isFalse();
            assertThat(get(user, "/engine-rest/process-instance/" + id + "/variables").getStatusCode()
                    .is2xxSuccessful()).as(user).isFalse();
            assertThat(get(user, "/engine-rest/job?processInstanceId=" + id).getBody()).as(user).isEqualTo("[]");
            assertThat(get(user, "/engine-rest/incident?processInstanceId=" + id).getBody()).as(user).isEqualTo("[]");
            assertThat(count(user, "/engine-rest/history/process-instance/count?" + byKey)).as(user).isZero();
            assertThat(get(user, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + target.caseNumber())
                    .getBody()).as(user).isEqualTo("[]");
            assertThat(get(user, "/engine-rest/history/variable-instance?processInstanceId=" + id).getBody()).as(user)
                    .isEqualTo("[]");
            assertThat(get(user, "/engine-rest/history/activity-instance?processInstanceId=" + id).getBody()).as(user)
                    .isEqualTo("[]");
            refusedToChange(user, target, job.getId());
            assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries())
                    .as(user + ": the job's retries").isEqualTo(job.getRetries());
        }
        // the readers see it, and may change it no more than anybody else
        for (String reader : List.of("manager", "compliance")) {
            assertThat(count(reader, "/engine-rest/process-instance/count?" + byKey)).as(reader).isPositive();
            assertThat(count(reader, "/engine-rest/history/process-instance/count?" + byKey)).as(reader).isPositive();
            assertThat(get(reader, "/engine-rest/process-instance/" + id).getStatusCode().is2xxSuccessful()).isTrue();
            refusedToChange(reader, target, job.getId());
        }

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(target.processKey()).count())
                .as("nobody started one").isEqualTo(instances);
        assertThat(runtimeService.getVariables(id)).isEqualTo(variables);
        Job after = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after).as("the job is still waiting, not run").isNotNull();
        assertThat(after.getRetries()).isEqualTo(job.getRetries());
    }

    private void refusedToChange(String user, Target target, String jobId) {
        String id = target.instance().getId();
        String start = "{\"businessKey\": \"TS-FAKE\", \"variables\": {" + target.startVariablesJson() + "}}";
        for (ResponseEntity<String> refused : List.of(
                send(user, HttpMethod.POST, "/engine-rest/process-definition/key/" + target.processKey() + "/start", start),
                send(user, HttpMethod.POST, "/engine-rest/process-instance/" + id + "/modification",
                        "{\"instructions\": [{\"type\": \"startAfterActivity\", \"activityId\": \""
                                + target.activityId() + "\"}]}"),
                send(user, HttpMethod.PUT, "/engine-rest/process-instance/" + id + "/variables/" + target.variable(),
                        target.variableJson()),
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
