package com.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every way a task's variables can be written — engine REST complete and submit-form, the three variable
 * writes, Tasklist's submit-form — tried with one variable name that must be refused: 400 naming the variable
 * (a variable write may instead be refused outright by the engine, 403).
 */
public final class TaskWritePaths {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    private final TestRestTemplate http;
    private final ObjectMapper json;
    private final String taskId;
    private final String assignee;
    private final WebappLogin.Session session;
    private final String csrf;

    /** Logs the assignee into Tasklist (for its submit-form) before anything is tried. */
    public TaskWritePaths(TestRestTemplate http, ObjectMapper json, String taskId, String assignee) {
        this.http = http;
        this.json = json;
        this.taskId = taskId;
        this.assignee = assignee;
        this.session = WebappLogin.as(http, assignee, "tasklist");
        this.csrf = http.exchange(TASKLIST_API + "/task/count", HttpMethod.GET, new HttpEntity<>(session.headers()),
                String.class).getHeaders().getFirst("X-XSRF-TOKEN");
    }

    /**
     * The assignee completes and submits {@code completeBody} (which carries {@code name}) over engine REST and
     * Tasklist; each {@code variableWriter} writes {@code name} = {@code value} on the three variable paths.
     */
    public void assertRefused(String name, String completeBody, String value, List<String> variableWriters)
            throws Exception {
        String path = "/engine-rest/task/" + taskId;
        refused(send(assignee, HttpMethod.POST, path + "/complete", completeBody), name);
        refused(send(assignee, HttpMethod.POST, path + "/submit-form", completeBody), name);
        for (String user : variableWriters) {
            refusedOrForbidden(send(user, HttpMethod.PUT, path + "/variables/" + name,
                    "{\"value\": \"" + value + "\", \"type\": \"String\"}"), name);
            refusedOrForbidden(send(user, HttpMethod.PUT, path + "/localVariables/" + name,
                    "{\"value\": \"" + value + "\", \"type\": \"String\"}"), name);
            refusedOrForbidden(send(user, HttpMethod.POST, path + "/variables",
                    "{\"modifications\": {\"" + name + "\": {\"value\": \"" + value + "\"}}}"), name);
        }
        HttpHeaders headers = session.headers();
        headers.set("X-XSRF-TOKEN", csrf);
        headers.setContentType(MediaType.APPLICATION_JSON);
        refused(http.exchange(TASKLIST_API + "/task/" + taskId + "/submit-form", HttpMethod.POST,
                new HttpEntity<>(completeBody, headers), String.class), name);
    }

    private void refused(ResponseEntity<String> answer, String name) throws Exception {
        assertThat(answer.getStatusCode()).as(name + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(answer.getBody()).path("variable").asText()).as(answer.getBody()).isEqualTo(name);
    }

    private void refusedOrForbidden(ResponseEntity<String> answer, String name) throws Exception {
        if (answer.getStatusCode() != HttpStatus.FORBIDDEN) {
            refused(answer, name);
        }
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
