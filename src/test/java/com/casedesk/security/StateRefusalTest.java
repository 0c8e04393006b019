package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.casedesk.whistleblowing.WbProcess;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * Issue 17: a refusal because of the case's state (an extension the regime does not allow, the extensions
 * used up, a clock already paused, a request already waiting) is a 409 problem naming the rule in Chinese
 * and English, on {@code /engine-rest} (complete, submit-form), on Tasklist's API and on {@code /api} — not
 * the engine's 500 around the listener's exception; decided before the command, so nothing changes.
 */
@PostgresTest
class StateRefusalTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    private static final String INVESTIGATOR = "wb-investigator";

    @Autowired ComplaintIntake intake;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired EngineDriver driver;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    /** One refused state of a task: the case as it stands, what the worker submits, the rule that refuses it. */
    private record TaskCase(String name, String regime, int extendedDays, int asked, HttpStatus status, String rule) {
    }

    @Test
    void aWhistleblowingExtensionTheStateDoesNotAllowIsRefusedOnEveryPathAndNothingChanges() throws Exception {
        for (TaskCase refused : List.of(
                new TaskCase("EU regime", "EU", 0, 10, HttpStatus.CONFLICT, "欧盟制度不允许延期 No extension under the EU regime"),
                new TaskCase("used up", "CN", 30, 1, HttpStatus.CONFLICT, "调查延期已用尽 Investigation extensions used up"),
                new TaskCase("more than left", "CN", 20, 11, HttpStatus.BAD_REQUEST, "extensionDays"))) {
            ProcessInstance pi = investigating(refused.regime(), refused.extendedDays());
            Task task = driver.task(pi, Elements.INVESTIGATE);
            String body = extension(refused.asked());

            assertEveryPathRefuses(INVESTIGATOR, task, pi.getBusinessKey(), body, refused);
        }
    }

    @Test
    void theCommitteeCannotGrantAnExtensionToAnEuReport() throws Exception {
        String number = "JB20261206" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(WbProcess.KEY).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-EU02")
                .setVariable(Vars.ANONYMOUS.name(), true).setVariable(Vars.REGIME.name(), "EU")
                .setVariable(Vars.OPINION_DUE_BY.name(), Date.from(Instant.now().plus(40, ChronoUnit.DAYS)))
                .setVariable(Vars.EXTENDED_DAYS.name(), 0).setVariable(Vars.EXTENSION_DAYS.name(), 10)
                .setVariable(Vars.EXTENSION_REQUESTED_BY.name(), INVESTIGATOR)
                .startBeforeActivity(Elements.APPROVE_EXTENSION).execute();
        Task task = driver.task(pi, Elements.APPROVE_EXTENSION);
        driver.as("wb-committee", () -> taskService.claim(task.getId(), "wb-committee"));
        String approve = "{\"variables\": {\"" + Vars.EXTENSION_APPROVED.name() + "\": {\"value\": true},"
                + " \"" + Vars.APPROVAL_NOTE.name() + "\": {\"value\": \"同意\"}}}";

        assertEveryPathRefuses("wb-committee", task, number, approve, new TaskCase("EU approval", "EU", 0, 10,
                HttpStatus.CONFLICT, "欧盟制度不允许延期 No extension under the EU regime"));
    }

    @Test
    void anExtensionWithinWhatIsLeftStillGoesThrough() throws Exception {
        ProcessInstance pi = investigating("CN", 20);
        Task task = driver.task(pi, Elements.INVESTIGATE);

        ResponseEntity<String> done = webappPost(tasklist(INVESTIGATOR), TASKLIST_API + "/task/" + task.getId()
                + "/submit-form", extension(10));

        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(driver.task(pi, Elements.APPROVE_EXTENSION)).isNotNull();
    }

    /** One input left out on the branch the worker chose: the body, the field named, what the message says. */
    private record BranchCase(String body, String field, String says) {
    }

    @Test
    void aFrontlineResolutionOnTheSpotNeedsItsResultCauseAndGroundsAndOnlyThen() throws Exception {
        String caseNumber = registered();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, ComplaintProcess.Elements.ACKNOWLEDGE);
        Task task = driver.task(pi, ComplaintProcess.Elements.FRONTLINE_RESOLVE);
        String resolved = "\"resolvedOnSpot\": {\"value\": \"true\"}";

        assertInputsRefused("frontline", task, caseNumber, List.of(
                new BranchCase("{\"variables\": {\"resolvedOnSpot\": {\"value\": \"maybe\"}}}", "resolvedOnSpot",
                        "必选项 Required choice: 「处理方式"),
                new BranchCase(vars(resolved), "result", "处理结果"),
                new BranchCase(vars(resolved, "\"result\": {\"value\": \"UPHELD\"}"), "rootCause", "原因分析"),
                new BranchCase(vars(resolved, "\"result\": {\"value\": \"UPHELD\"}",
                        "\"rootCause\": {\"value\": \"SERVICE_QUALITY\"}"), "resolution", "必填项 Required field")));

        // not resolved on the spot: the result, cause and grounds are not asked for (the investigation gives them)
        ResponseEntity<String> handedOn = post("frontline", "/engine-rest/task/" + task.getId() + "/complete",
                vars("\"resolvedOnSpot\": {\"value\": \"false\"}"));
        assertThat(handedOn.getStatusCode()).as(handedOn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theWhistleblowingAnswersAndTheFieldsOfTheChosenAnswerAreRequired() throws Exception {
        String number = "JB20261206" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(WbProcess.KEY).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-" + number.substring(10))
                .setVariable(Vars.ANONYMOUS.name(), true).setVariable(Vars.REGIME.name(), "CN")
                .setVariable(Vars.RECEIVED_AT.name(), new Date())
                .setVariable(Vars.ASSESSMENT_DUE_BY.name(), Date.from(Instant.now().plus(10, ChronoUnit.DAYS)))
                .startBeforeActivity(Elements.ASSESS).execute();
        Task assess = driver.task(pi, Elements.ASSESS);
        String credible = "\"authenticity\": {\"value\": \"CREDIBLE\"}, \"urgency\": {\"value\": \"NORMAL\"}";

        assertInputsRefused("wb-intake", assess, number, List.of(
                new BranchCase(vars("\"urgency\": {\"value\": \"NORMAL\"}", "\"admissibility\": {\"value\": \"ADMITTED\"}"),
                        "authenticity", "真实性"),
                new BranchCase(vars(credible), "admissibility", "是否受理"),
                new BranchCase(vars(credible, "\"admissibility\": {\"value\": \"REFUSED\"}"), "refusalReason", "不予受理理由"),
                new BranchCase(vars(credible, "\"admissibility\": {\"value\": \"SUPPLEMENT\"}"), "supplementRequest",
                        "请举报人补充"),
                new BranchCase(vars("\"authenticity\": {\"value\": \"NOT_CREDIBLE\"}", "\"urgency\": {\"value\": \"NORMAL\"}",
                        "\"admissibility\": {\"value\": \"ADMITTED\"}"), "admissibility", "NOT_CREDIBLE")));

        ProcessInstance investigating = investigating("CN", 0);
        Task investigate = driver.task(investigating, Elements.INVESTIGATE);
        assertInputsRefused(INVESTIGATOR, investigate, investigating.getBusinessKey(), List.of(
                new BranchCase(vars("\"investigationOutcome\": {\"value\": \"DONE\"}"), "investigationOutcome", "本次提交"),
                new BranchCase(vars("\"investigationOutcome\": {\"value\": \"OPINION\"}"), "opinion", "书面调查意见"),
                new BranchCase(vars("\"investigationOutcome\": {\"value\": \"CONFLICT\"}"), "conflictNote", "利益冲突说明"),
                new BranchCase(vars("\"investigationOutcome\": {\"value\": \"EXTENSION\"}",
                        "\"extensionDays\": {\"value\": 5, \"type\": \"Long\"}"), "extensionReason", "延期理由")));
    }

    @Test
    void aClockAlreadyPausedIsA409NamingTheRuleOnTheApi() throws Exception {
        String caseNumber = registered();
        String pause = "{\"kind\": \"MEDIATION\", \"reason\": \"双方同意调解\"}";
        assertThat(api("/api/complaints/" + caseNumber + "/clock-pauses", pause).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        List<String> events = events(caseNumber);

        assertConflict(api("/api/complaints/" + caseNumber + "/clock-pauses", pause), "时钟已暂停 Clock already paused");
        assertThat(api("/api/complaints/" + caseNumber + "/clock-pauses/current/end", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertConflict(api("/api/complaints/" + caseNumber + "/clock-pauses/current/end", null),
                "时钟未暂停 Clock not paused");
        assertThat(events(caseNumber)).hasSize(events.size() + 1); // the resume only
    }

    @Test
    void anInvestigationExtensionOutOfTurnIsA409NamingTheRuleOnTheApi() throws Exception {
        String caseNumber = registered();
        String request = "{\"workingDays\": 2, \"reason\": \"需调取录音\"}";
        String path = "/api/complaints/" + caseNumber + "/investigation-extensions";
        List<String> events = events(caseNumber);

        assertConflict(api(path, request), "不在调查阶段 Not being investigated");
        assertThat(events(caseNumber)).isEqualTo(events);

        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, ComplaintProcess.Elements.ACKNOWLEDGE);
        taskService.complete(driver.task(pi, ComplaintProcess.Elements.FRONTLINE_RESOLVE).getId(),
                Map.of(ComplaintProcess.Vars.RESOLVED_ON_SPOT.name(), "false"));
        events = events(caseNumber);
        assertConflict(api(path, "{\"workingDays\": 3, \"reason\": \"需调取录音\"}"),
                "调查延期超过上限 Investigation extension over the maximum");
        assertThat(events(caseNumber)).isEqualTo(events);
        assertThat(api(path, request).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        events = events(caseNumber);

        assertConflict(api(path, request), "延期申请待审批 Extension request already waiting");
        assertThat(events(caseNumber)).isEqualTo(events);
    }

    @Test
    void aSecondWithdrawalIsA409NamingTheRuleOnTheApi() throws Exception {
        String caseNumber = registered();
        assertThat(api("/api/complaints/" + caseNumber + "/withdrawal", "{\"reason\": \"客户来电撤诉\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        List<String> events = events(caseNumber);

        assertConflict(api("/api/complaints/" + caseNumber + "/withdrawal", "{\"reason\": \"再次\"}"),
                "案件已办结 Case no longer open");
        assertThat(events(caseNumber)).isEqualTo(events);
    }

    /** The state refuses {@code body} on complete and submit-form of /engine-rest and on Tasklist's submit-form. */
    private void assertEveryPathRefuses(String user, Task task, String reportNumber, String body, TaskCase refused)
            throws Exception {
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        Map<String, Object> local = taskService.getVariablesLocal(task.getId()); // its Tasklist card, if any
        List<String> events = events(reportNumber);
        String id = task.getId();
        Tasklist tasklist = tasklist(user);

        for (ResponseEntity<String> response : List.of(
                post(user, "/engine-rest/task/" + id + "/complete", body),
                post(user, "/engine-rest/task/" + id + "/submit-form", body),
                webappPost(tasklist, TASKLIST_API + "/task/" + id + "/submit-form", body),
                webappPost(tasklist, TASKLIST_API + "/task/" + id + "/complete", body))) {
            if (refused.status() == HttpStatus.CONFLICT) {
                assertConflict(response, refused.rule());
            } else {
                assertThat(response.getStatusCode()).as(refused.name() + ": " + response.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                JsonNode problem = json.readTree(response.getBody());
                assertThat(problem.path("variable").asText()).isEqualTo(refused.rule());
                assertThat(problem.path("message").asText()).contains("延期天数").contains("between 1 and 10");
                assertThat(response.getBody()).doesNotContain("ENGINE-", "Exception", "TaskListener", "\tat ");
            }
        }

        assertThat(taskService.createTaskQuery().taskId(id).count()).as(refused.name() + ": the task is still open").isOne();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(id)).isEqualTo(local);
        assertThat(events(reportNumber)).isEqualTo(events);
    }

    /** Each body is a 400 naming its field on /engine-rest complete and Tasklist's submit-form; nothing changes. */
    private void assertInputsRefused(String user, Task task, String caseNumber, List<BranchCase> cases) throws Exception {
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        Map<String, Object> local = taskService.getVariablesLocal(task.getId()); // its Tasklist card, if any
        List<String> events = events(caseNumber);
        Tasklist tasklist = tasklist(user);
        for (BranchCase refused : cases) {
            for (ResponseEntity<String> response : List.of(
                    post(user, "/engine-rest/task/" + task.getId() + "/complete", refused.body()),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/submit-form", refused.body()))) {
                assertThat(response.getStatusCode()).as(refused.body() + ": " + response.getBody())
                        .isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                JsonNode problem = json.readTree(response.getBody());
                assertThat(problem.path("variable").asText()).as(response.getBody()).isEqualTo(refused.field());
                assertThat(problem.path("message").asText()).startsWith(refused.field() + " ").contains(refused.says());
                assertThat(response.getBody()).doesNotContain("ENGINE-", "Exception", "TaskListener");
            }
        }
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(task.getId())).isEqualTo(local);
        assertThat(events(caseNumber)).isEqualTo(events);
    }

    private static String vars(String... variables) {
        return "{\"variables\": {" + String.join(", ", variables) + "}}";
    }

    private void assertConflict(ResponseEntity<String> response, String rule) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isEqualTo(rule);
        assertThat(problem.path("rule").asText()).isEqualTo(rule);
        // what Tasklist shows: the rule in Chinese and English, then why
        assertThat(problem.path("message").asText()).as(response.getBody()).startsWith(rule + ": ");
        assertThat(problem.path("detail").asText()).isEqualTo(problem.path("message").asText());
        assertThat(response.getBody()).doesNotContain("ENGINE-", "Exception", "TaskListener", "\tat ");
    }

    /** A report whose investigation waits, under {@code regime}, already extended by {@code extendedDays}. */
    private ProcessInstance investigating(String regime, int extendedDays) {
        String number = "JB20261206" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ProcessInstance pi = runtimeService.createProcessInstanceByKey(WbProcess.KEY).businessKey(number)
                .setVariable(Vars.REPORT_NUMBER.name(), number).setVariable(Vars.PSEUDONYM.name(), "举报人-" + number.substring(10))
                .setVariable(Vars.ANONYMOUS.name(), true).setVariable(Vars.REGIME.name(), regime)
                .setVariable(Vars.OPINION_DUE_BY.name(), Date.from(Instant.now().plus(40, ChronoUnit.DAYS)))
                .setVariable(Vars.EXTENDED_DAYS.name(), extendedDays)
                .startBeforeActivity(Elements.INVESTIGATE).execute();
        Task task = driver.task(pi, Elements.INVESTIGATE);
        driver.as(INVESTIGATOR, () -> taskService.claim(task.getId(), INVESTIGATOR));
        return pi;
    }

    private static String extension(int days) {
        return "{\"variables\": {\"" + Vars.INVESTIGATION_OUTCOME.name() + "\": {\"value\": \"EXTENSION\"},"
                + " \"" + Vars.EXTENSION_DAYS.name() + "\": {\"value\": " + days + ", \"type\": \"Long\"},"
                + " \"" + Vars.EXTENSION_REASON.name() + "\": {\"value\": \"需调取外部银行流水\"}}}";
    }

    private String registered() {
        return intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
    }

    private List<String> events(String caseNumber) {
        return jdbc.queryForList("select event_type || ':' || coalesce(detail, '') from case_event where case_number = ?"
                + " order by id", String.class, caseNumber);
    }

    private ResponseEntity<String> api(String path, String body) {
        return post("supervisor", path, body);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private record Tasklist(WebappLogin.Session session, String csrf) {
    }

    private Tasklist tasklist(String user) {
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        String csrf = http.exchange(TASKLIST_API + "/task/count", HttpMethod.GET, new HttpEntity<>(session.headers()),
                String.class).getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(csrf).isNotBlank();
        return new Tasklist(session, csrf);
    }

    private ResponseEntity<String> webappPost(Tasklist tasklist, String path, String body) {
        HttpHeaders headers = tasklist.session().headers();
        headers.set("X-XSRF-TOKEN", tasklist.csrf());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
