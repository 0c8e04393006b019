package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
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
 * Issue 17: a choice a form requires (a select, a radio, a yes/no) left empty or set to a value the form
 * does not offer is a 400 problem naming the field, on {@code /engine-rest} and on Tasklist's API, not the
 * engine's 500 around the listener's refusal; the task stays open and nothing changes.
 */
@PostgresTest
class ChoiceRefusalTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    @Autowired ComplaintIntake intake;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired EngineDriver driver;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aDecisionWithoutAResultOrWithABogusOneIsA400NamingTheResult() throws Exception {
        ProcessInstance pi = toDecision();
        Task decide = driver.task(pi, Elements.DECIDE);
        String resolution = "\"" + Vars.RESOLUTION.name() + "\": " + string("部分赔付");

        assertEveryPathRefuses("frontline", decide, "result", "处理结果", List.of(
                "{\"variables\": {" + resolution + "}}",
                "{\"variables\": {" + resolution + ", \"result\": " + string("") + "}}",
                "{\"variables\": {" + resolution + ", \"result\": " + string("BOGUS") + "}}",
                "{\"variables\": {" + resolution + ", \"result\": " + string("upheld") + "}}"));
        // the measure may be absent (decisions from before the form asked), but not bogus
        assertEveryPathRefuses("frontline", decide, "measure", "处理方式", List.of("{\"variables\": {" + resolution
                + ", \"result\": " + string("UPHELD") + ", \"measure\": " + string("BOGUS") + "}}"));
    }

    @Test
    void aCompensationApprovalNeitherYesNorNoIsA400NamingTheApproval() throws Exception {
        ProcessInstance pi = toDecision();
        Task decide = driver.task(pi, Elements.DECIDE);
        driver.asMemberOf("frontline", driver.candidateGroups(decide), () -> taskService.complete(decide.getId(),
                Variables.createVariables().putValue(Vars.RESULT.name(), "UPHELD").putValue(Vars.RESOLUTION.name(), "全额赔付")
                        .putValue(Vars.COMPENSATION_AMOUNT.name(), 80000.0)));
        Task approval = driver.task(pi, Elements.APPROVE_COMPENSATION);
        String note = "\"" + Vars.APPROVAL_NOTE.name() + "\": " + string("同意");

        assertEveryPathRefuses("supervisor", approval, "compensationApproved", "审批结果", List.of(
                "{\"variables\": {" + note + "}}",
                "{\"variables\": {" + note + ", \"compensationApproved\": " + string("maybe") + "}}",
                "{\"variables\": {" + note + ", \"compensationApproved\": " + string("") + "}}"));
    }

    @Test
    void aCallbackWithABogusOutcomeIsA400NamingTheOutcome() throws Exception {
        ProcessInstance pi = toDecision();
        taskService.complete(driver.task(pi, Elements.DECIDE).getId(), Map.of(Vars.RESULT.name(), "UPHELD",
                Vars.MEASURE.name(), "EXPLANATION", Vars.RESOLUTION.name(), "已解释"));
        driver.executeJob(pi, Elements.SEND_DECISION);
        Task callback = driver.task(pi, Elements.CALLBACK);

        assertEveryPathRefuses("frontline", callback, "callbackOutcome", "回访结果", List.of(
                "{\"variables\": {\"callbackOutcome\": " + string("HAPPY") + "}}",
                "{\"variables\": {\"callbackOutcome\": " + string("") + "}}", "{}"));
    }

    /** Every body is refused on complete and submit-form of /engine-rest and Tasklist's submit-form. */
    private void assertEveryPathRefuses(String user, Task task, String field, String label, List<String> bodies)
            throws Exception {
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        String caseNumber = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        List<String> events = events(caseNumber);
        String id = task.getId();
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        String csrf = http.exchange(TASKLIST_API + "/task/count", HttpMethod.GET, new HttpEntity<>(session.headers()),
                String.class).getHeaders().getFirst("X-XSRF-TOKEN");

        for (String body : bodies) {
            assertRefused(post(user, "/engine-rest/task/" + id + "/complete", body), field, label);
            assertRefused(post(user, "/engine-rest/task/" + id + "/submit-form", body), field, label);
            HttpHeaders headers = session.headers();
            headers.set("X-XSRF-TOKEN", csrf);
            headers.setContentType(MediaType.APPLICATION_JSON);
            assertRefused(http.exchange(TASKLIST_API + "/task/" + id + "/submit-form", HttpMethod.POST,
                    new HttpEntity<>(body, headers), String.class), field, label);
        }

        assertThat(taskService.createTaskQuery().taskId(id).count()).as("the task is still open").isOne();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(id).keySet()).as("only its Tasklist card").allMatch(name -> name.startsWith("card_"));
        assertThat(events(caseNumber)).isEqualTo(events);
    }

    private void assertRefused(ResponseEntity<String> response, String field, String label) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("variable").asText()).isEqualTo(field);
        assertThat(problem.path("message").asText()).as(response.getBody()).startsWith(field + " 必选项 Required choice")
                .contains(label).contains("must be one of");
        assertThat(response.getBody()).doesNotContain("ENGINE-", "Exception while", "TaskListener");
    }

    /** An ordinary (Level 3) complaint, not resolved on the spot, investigated: waiting at the decision. */
    private ProcessInstance toDecision() {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                Map.of(Vars.RESOLVED_ON_SPOT.name(), "false"));
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), Map.of(Vars.FINDINGS.name(), "核实属实",
                Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY"));
        return pi;
    }

    private static String string(String value) {
        return "{\"value\": \"" + value + "\", \"type\": \"String\"}";
    }

    private List<String> events(String caseNumber) {
        return jdbc.queryForList("select event_type || ':' || coalesce(detail, '') from case_event where case_number = ?"
                + " order by id", String.class, caseNumber);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }
}
