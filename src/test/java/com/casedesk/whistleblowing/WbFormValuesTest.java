package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TaskWritePaths;
import com.casedesk.support.WebappLogin;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 17: the whistleblowing forms show their deadlines as dates in the service's zone, computed when the
 * form's variables are read ({@link WbFormDisplay}) on {@code /engine-rest} and on Tasklist's own API, never
 * stored, never writable through a task, and never anything about the reporter.
 */
@PostgresTest
class WbFormValuesTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ReportIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;
    @Autowired EngineDriver driver;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void theInvestigatorSeesTheOpinionDeadlineAsADate() throws Exception {
        ProcessInstance pi = admitted();
        Task investigate = driver.task(pi, Elements.INVESTIGATE);
        Date due = (Date) runtimeService.getVariable(pi.getId(), Vars.OPINION_DUE_BY.name());
        String expected = due.toInstant().atZone(SHANGHAI).toLocalDate().toString();

        for (JsonNode shown : List.of(engineRest("wb-investigator", investigate), tasklist("wb-investigator", investigate))) {
            assertThat(shown.path("opinionDueDate").path("value").asText()).isEqualTo(expected)
                    .matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(shown.has("assessmentDueDate")).isTrue();
            assertThat(shown.toString()).doesNotContain("reporter", "欧阳");
        }
        assertThat(driver.deployedForm(investigate)).contains("\"key\": \"opinionDueDate\"")
                .doesNotContain("\"key\": \"opinionDueBy\"");
        for (String name : WbFormDisplay.NAMES) {
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                    .variableName(name).count()).as(name + " stored").isZero();
        }
    }

    @Test
    void theAssessorSeesTheAssessmentDeadlineAsADate() throws Exception {
        ProcessInstance pi = reported();
        Task assess = driver.task(pi, Elements.ASSESS);
        Date due = (Date) runtimeService.getVariable(pi.getId(), Vars.ASSESSMENT_DUE_BY.name());
        assertThat(engineRest("wb-intake", assess).path("assessmentDueDate").path("value").asText())
                .isEqualTo(due.toInstant().atZone(SHANGHAI).toLocalDate().toString());
        assertThat(driver.deployedForm(assess)).contains("\"key\": \"assessmentDueDate\"");
    }

    @Test
    void nobodyWritesADisplayDateThroughTheTask() throws Exception {
        ProcessInstance pi = admitted();
        String id = driver.task(pi, Elements.INVESTIGATE).getId();
        driver.as("wb-investigator", () -> taskService.claim(id, "wb-investigator"));
        Map<String, Object> variables = runtimeService.getVariables(pi.getId());
        Map<String, Object> local = taskService.getVariablesLocal(id);
        TaskWritePaths writes = new TaskWritePaths(http, json, id, "wb-investigator");

        for (String name : WbFormDisplay.NAMES) {
            String body = "{\"variables\": {\"investigationOutcome\": {\"value\": \"OPINION\"}, \"opinion\": "
                    + "{\"value\": \"属实\"}, \"" + name + "\": {\"value\": \"2099-01-01\"}}}";
            // the engine may refuse variable writes outright (403); otherwise the name is refused
            writes.assertRefused(name, body, "2099-01-01", List.of("wb-investigator"));
        }

        assertThat(taskService.createTaskQuery().taskId(id).count()).as("the task is still open").isOne();
        assertThat(runtimeService.getVariables(pi.getId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(id)).isEqualTo(local);
    }

    // --- helpers

    private ProcessInstance reported() {
        var submission = json.convertValue(Map.of("anonymous", true,
                "reportedParty", Map.of("name", "王某", "unit", "朝阳支行"),
                "description", "支行员工私下销售未经备案的理财产品。", "occurredAt", "2026-01-01", "location", "北京"),
                ReportSubmission.class);
        String number = intake.register(submission).reportNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        return pi;
    }

    private ProcessInstance admitted() {
        ProcessInstance pi = reported();
        String assess = driver.task(pi, Elements.ASSESS).getId();
        driver.as("wb-intake", () -> taskService.complete(assess, Map.of(Vars.AUTHENTICITY.name(), "CREDIBLE",
                Vars.URGENCY.name(), "NORMAL", Vars.ADMISSIBILITY.name(), "ADMITTED")));
        driver.executeJob(pi, Elements.TELL_ACCEPTANCE);
        return pi;
    }

    private JsonNode engineRest(String user, Task task) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + task.getId()
                + "/form-variables?deserializeValues=false", String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private JsonNode tasklist(String user, Task task) throws Exception {
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        ResponseEntity<String> answer = http.exchange(TASKLIST_API + "/task/" + task.getId()
                + "/form-variables?deserializeValues=false", HttpMethod.GET, new HttpEntity<>(session.headers()), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }
}
