package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.TaskCard;
import com.casedesk.process.VariableNotAllowedException;
import com.casedesk.process.VariableOwnership;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Issue 13 §3: a handler cannot move their own deadline (or level, owner, routing) by sending
 * variables the task's form does not ask for — on {@code /engine-rest} and on the webapps' engine API
 * that Tasklist uses, through every command that writes variables.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskVariableGuardTest {

    private static final String LATER = "{\"value\": \"2027-06-30T23:59:59.000+0800\", \"type\": \"Date\"}";
    private static final String MOVE_DEADLINE = "{\"" + Vars.REPLY_DUE_BY.name() + "\": " + LATER + "}";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ComplaintIntake intake;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired EngineDriver driver;
    @Autowired JdbcTemplate jdbc;
    @Autowired List<VariableOwnership> capabilities;

    /** A Level-3 complaint whose first task (现场处理) the front line holds. */
    String caseNumber;
    ProcessInstance pi;
    Task task;
    Date replyDueBy;
    Date taskDue;
    java.util.Map<String, Object> card;
    long events;

    @BeforeAll
    void aCaseAtTheFrontLine() {
        caseNumber = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
        pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        task = driver.task(pi, Elements.FRONTLINE_RESOLVE);
        assertThat(driver.candidateGroups(task)).contains(StaffGroups.FRONTLINE);
        replyDueBy = (Date) runtimeService.getVariable(pi.getId(), Vars.REPLY_DUE_BY.name());
        taskDue = task.getDueDate();
        card = taskService.getVariablesLocal(task.getId());
        assertThat(card).containsEntry(TaskCard.Vars.CASE_NUMBER.name(), caseNumber)
                .containsEntry(TaskCard.Vars.LEVEL.name(), "三级");
        events = events();
    }

    /**
     * Issue 17: the card values (case number, level, category, reply date) are the service's; nobody
     * writes them through the task — not the front line on any path (complete, submit-form, BPMN error,
     * task and local variables, deletions; REST and Tasklist), not the administrator with every engine
     * right, not a direct engine call as a person.
     */
    @Test
    void nobodyOverwritesACardValue() throws Exception {
        String level = TaskCard.Vars.LEVEL.name();
        String upgrade = "{\"" + level + "\": {\"value\": \"一级\", \"type\": \"String\"}}";
        String value = "{\"value\": \"一级\", \"type\": \"String\"}";
        String t = "task/" + task.getId();
        for (Door door : doors("frontline")) {
            refused(door, HttpMethod.POST, t + "/complete", "{\"variables\": " + withFormFields(upgrade) + "}", level);
            refused(door, HttpMethod.POST, t + "/submit-form", "{\"variables\": " + withFormFields(upgrade) + "}", level);
            refused(door, HttpMethod.POST, t + "/bpmnError", "{\"errorCode\": \"x\", \"variables\": " + upgrade + "}", level);
            forbidden(door, HttpMethod.PUT, t + "/localVariables/" + level, value);
            forbidden(door, HttpMethod.POST, t + "/localVariables", "{\"modifications\": " + upgrade + "}");
            forbidden(door, HttpMethod.DELETE, t + "/localVariables/" + level, null);
            forbidden(door, HttpMethod.PUT, t + "/variables/" + level, value);
        }
        for (Door door : doors("admin")) {
            refused(door, HttpMethod.PUT, t + "/localVariables/" + level, value, level);
            refused(door, HttpMethod.POST, t + "/localVariables", "{\"modifications\": " + upgrade + "}", level);
            refused(door, HttpMethod.POST, t + "/localVariables", "{\"deletions\": [\"" + level + "\"]}", level);
            refused(door, HttpMethod.DELETE, t + "/localVariables/" + level, null, level);
            refused(door, HttpMethod.PUT, t + "/variables/" + level, value, level);
            refused(door, HttpMethod.POST, t + "/complete", "{\"variables\": " + withFormFields(upgrade) + "}", level);
        }
        for (String user : List.of("frontline", "admin")) {
            assertThatThrownBy(() -> driver.as(user, () -> TaskCard.Vars.LEVEL.setLocal(taskService, task.getId(), "一级")))
                    .as(user).isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
            unchanged(user + " engine API");
        }
    }

    /** The front line works on the task (TASK_WORK): what it sends with the task is the form's fields only. */
    @Test
    void theFrontLineCannotMoveItsDeadlineWithItsTask() throws Exception {
        for (Door door : doors("frontline")) {
            String t = "task/" + task.getId();
            refused(door, HttpMethod.POST, t + "/complete", "{\"variables\": " + withFormFields(MOVE_DEADLINE) + "}", Vars.REPLY_DUE_BY.name());
            refused(door, HttpMethod.POST, t + "/submit-form", "{\"variables\": " + withFormFields(MOVE_DEADLINE) + "}", Vars.REPLY_DUE_BY.name());
            refused(door, HttpMethod.POST, t + "/bpmnError", "{\"errorCode\": \"x\", \"variables\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name());
            refused(door, HttpMethod.POST, t + "/bpmnEscalation", "{\"escalationCode\": \"x\", \"variables\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name());
        }
    }

    /**
     * Variables outside the form: the engine already refuses the front line any variable write on the
     * task or the instance (it holds no UPDATE_VARIABLE), so it answers first, as it always did.
     */
    @Test
    void theFrontLineHasNoVariableRightsOfItsOwn() throws Exception {
        for (Door door : doors("frontline")) {
            for (String[] request : variableRequests()) {
                forbidden(door, HttpMethod.valueOf(request[0]), request[1], request[2]);
            }
        }
    }

    /**
     * Someone the engine lets write variables (here the administrator, who holds every right) still
     * writes only the task's form fields, and no variable outside a task.
     */
    @Test
    void evenFullEngineRightsDoNotMoveADeadline() throws Exception {
        for (Door door : doors("admin")) {
            for (String[] request : variableRequests()) {
                refused(door, HttpMethod.valueOf(request[0]), request[1], request[2], request[3]);
            }
            refused(door, HttpMethod.POST, "task/" + task.getId() + "/complete",
                    "{\"variables\": " + withFormFields(MOVE_DEADLINE) + "}", Vars.REPLY_DUE_BY.name());
        }
    }

    @Test
    void noPersonCorrelatesAMessageOrSignalsWithVariables() throws Exception {
        // staff do not reach message and signal at all (security/EngineApiGuard, WhistleblowingLeaksTest); the
        // administrator does, and still may not deliver variables with them
        for (Door door : doors("admin")) {
            refused(door, HttpMethod.POST, "message", "{\"messageName\": \"" + ComplaintProcess.MESSAGE_WITHDRAWN
                    + "\", \"businessKey\": \"" + caseNumber + "\", \"processVariables\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name());
            refused(door, HttpMethod.POST, "signal", "{\"name\": \"AnySignal\", \"variables\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name());
        }
    }

    /** Method, path, body and the variable each request writes. */
    private List<String[]> variableRequests() {
        String t = "task/" + task.getId();
        String p = "process-instance/" + pi.getId();
        return List.of(
                new String[] {"PUT", t + "/variables/" + Vars.REPLY_DUE_BY.name(), LATER, Vars.REPLY_DUE_BY.name()},
                new String[] {"POST", t + "/variables", "{\"modifications\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name()},
                new String[] {"POST", t + "/variables", "{\"deletions\": [\"" + Vars.REPLY_DUE_BY.name() + "\"]}", Vars.REPLY_DUE_BY.name()},
                new String[] {"DELETE", t + "/variables/" + Vars.REPLY_DUE_BY.name(), null, Vars.REPLY_DUE_BY.name()},
                new String[] {"PUT", t + "/localVariables/" + Vars.REPLY_DUE_BY.name(), LATER, Vars.REPLY_DUE_BY.name()},
                new String[] {"POST", t + "/localVariables", "{\"modifications\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name()},
                new String[] {"PUT", p + "/variables/" + Vars.REPLY_DUE_BY.name(), LATER, Vars.REPLY_DUE_BY.name()},
                new String[] {"POST", p + "/variables", "{\"modifications\": " + MOVE_DEADLINE + "}", Vars.REPLY_DUE_BY.name()},
                new String[] {"DELETE", p + "/variables/" + Vars.REPLY_DUE_BY.name(), null, Vars.REPLY_DUE_BY.name()},
                new String[] {"PUT", "execution/" + pi.getId() + "/localVariables/" + Vars.LEVEL.name(),
                        "{\"value\": 1, \"type\": \"Integer\"}", Vars.LEVEL.name()});
    }

    @Test
    void aDisplayFieldOfTheFormIsRefusedLikeAnyOtherVariable() throws Exception {
        for (Door door : doors("frontline")) {
            refused(door, HttpMethod.POST, "task/" + task.getId() + "/submit-form",
                    "{\"variables\": " + withFormFields("{\"level\": {\"value\": 3, \"type\": \"Integer\"}}") + "}", Vars.LEVEL.name());
        }
    }

    /**
     * Issue 20: the request, the respondent unit and the amount claimed are no longer stored in the engine; the
     * forms show them from the ledger. Their names stay the service's: nobody plants a value under one — not the
     * front line with its task on either door, not the administrator on the task or the instance — and the form
     * still shows what the complainant said.
     */
    @Test
    void theValuesShownFromTheLedgerCannotBePlantedInTheEngine() throws Exception {
        String t = "task/" + task.getId();
        String p = "process-instance/" + pi.getId();
        String value = "{\"value\": \"要求赔付一百万\", \"type\": \"String\"}";
        for (String name : List.of("complaintRequest", "respondentUnit", "claimedAmount")) {
            assertThat(runtimeService.getVariable(pi.getId(), name)).as(name + " is not stored").isNull();
            String planted = "{\"" + name + "\": " + value + "}";
            for (Door door : doors("frontline")) {
                refused(door, HttpMethod.POST, t + "/complete", "{\"variables\": " + withFormFields(planted) + "}", name);
                refused(door, HttpMethod.POST, t + "/submit-form", "{\"variables\": " + withFormFields(planted) + "}", name);
            }
            for (Door door : doors("admin")) {
                refused(door, HttpMethod.PUT, p + "/variables/" + name, value, name);
                refused(door, HttpMethod.POST, p + "/variables", "{\"modifications\": " + planted + "}", name);
                refused(door, HttpMethod.PUT, t + "/variables/" + name, value, name);
                refused(door, HttpMethod.PUT, t + "/localVariables/" + name, value, name);
            }
            assertThat(runtimeService.getVariable(pi.getId(), name)).as(name + " after the attempts").isNull();
        }
        for (Door door : doors("frontline")) {
            JsonNode shown = json.readTree(door.send(HttpMethod.GET, t + "/form-variables", null).getBody());
            assertThat(shown.path("complaintRequest").path("value").asText()).as(door.name()).isEqualTo("要求全额赔付");
            assertThat(shown.path("respondentUnit").path("value").asText()).as(door.name()).isEqualTo("朝阳支行");
            assertThat(shown.path("claimedAmount").path("value").asDouble()).as(door.name()).isEqualTo(12000.0);
        }
    }

    @Test
    void theServiceItselfStillWritesItsOwnVariables() {
        String other = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(other).singleResult();
        Date due = (Date) runtimeService.getVariable(instance.getId(), Vars.REPLY_DUE_BY.name());

        runtimeService.setVariable(instance.getId(), Vars.REPLY_DUE_BY.name(), due);
        assertThatThrownBy(() -> driver.as("admin",
                () -> runtimeService.setVariable(instance.getId(), Vars.REPLY_DUE_BY.name(), due)))
                .isInstanceOf(VariableNotAllowedException.class).hasMessageContaining(Vars.REPLY_DUE_BY.name());
    }

    @Test
    void tasklistSubmitsExactlyTheFormsFieldsAndTheCaseMovesOn() throws Exception {
        for (Door door : doors("frontline")) {
            String other = intake.register(Complaints.ordinary(), null, "test", "supervisor").receipt().caseNumber();
            ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                    .processInstanceBusinessKey(other).singleResult();
            Task resolve = driver.task(instance, Elements.FRONTLINE_RESOLVE);

            ResponseEntity<String> done = door.send(HttpMethod.POST, "task/" + resolve.getId() + "/submit-form",
                    "{\"variables\": " + withFormFields("{}") + "}");

            assertThat(done.getStatusCode()).as(door.name() + ": " + done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(taskService.createTaskQuery().taskId(resolve.getId()).count()).as(door.name()).isZero();
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                    .variableName(Vars.RESOLUTION.name()).singleResult().getValue()).as(door.name()).isEqualTo("当场补办理赔手续并致歉");
        }
    }

    /**
     * The guard would refuse a form field the service owns, and Tasklist submits {@code readonly}
     * fields (only {@code disabled} ones stay out of the submission): either would break the form.
     */
    @Test
    void noFormAsksAPersonForAVariableTheServiceOwns() throws Exception {
        var forms = new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                .getResources("classpath*:forms/**/*.form");
        assertThat(forms).hasSizeGreaterThan(20);
        for (var form : forms) {
            List<JsonNode> components = new java.util.ArrayList<>();
            json.readTree(form.getInputStream()).get("components").forEach(components::add);
            for (int i = 0; i < components.size(); i++) {
                JsonNode c = components.get(i);
                c.path("components").forEach(components::add);
                String key = c.path("key").asText("");
                assertThat(c.path("readonly").asBoolean(false)).as(form.getFilename() + " " + key + " is readonly").isFalse();
                if (!key.isEmpty() && !c.path("disabled").asBoolean(false)) {
                    assertThat(key).as(form.getFilename()).doesNotEndWith("DueBy");
                    assertThat(capabilities).as(form.getFilename() + " asks for " + key)
                            .noneMatch(owner -> owner.serviceOwned().contains(key));
                }
            }
        }
    }

    /** The answer is a 400 naming the variable, and nothing about the case changed. */
    private void refused(Door door, HttpMethod method, String path, String body, String variable) throws Exception {
        ResponseEntity<String> answer = door.send(method, path, body);
        String what = door.name() + " " + method + " " + path;

        assertThat(answer.getStatusCode()).as(what + ": " + answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode problem = json.readTree(answer.getBody());
        assertThat(problem.get("message").asText()).as(what).contains(variable);
        assertThat(problem.get("variable").asText()).as(what).isEqualTo(variable);
        unchanged(what);
    }

    /** The engine's own authorization answers (403), and nothing about the case changed. */
    private void forbidden(Door door, HttpMethod method, String path, String body) throws Exception {
        ResponseEntity<String> answer = door.send(method, path, body);
        String what = door.name() + " " + method + " " + path;

        assertThat(answer.getStatusCode()).as(what + ": " + answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(answer.getBody()).get("type").asText()).as(what).isEqualTo("AuthorizationException");
        unchanged(what);
    }

    private void unchanged(String what) {
        assertThat(runtimeService.getVariable(pi.getId(), Vars.REPLY_DUE_BY.name())).as(what).isEqualTo(replyDueBy);
        assertThat(runtimeService.getVariable(pi.getId(), Vars.LEVEL.name())).as(what).isEqualTo(3);
        Task still = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(still).as(what).isNotNull();
        assertThat(still.getDueDate()).as(what).isEqualTo(taskDue);
        // the task's own variables are its Tasklist card, as the service wrote it
        assertThat(taskService.getVariablesLocal(task.getId())).as(what).isEqualTo(card);
        assertThat(events()).as(what).isEqualTo(events);
    }

    /** What the front line's resolve form submits when the case was resolved on the spot. */
    private String withFormFields(String extra) throws Exception {
        var variables = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree("""
                {"resolvedOnSpot": {"value": "true"}, "result": {"value": "UPHELD"},
                 "rootCause": {"value": "RULES_AND_PROCEDURES"}, "resolution": {"value": "当场补办理赔手续并致歉"},
                 "satisfiedOnSpot": {"value": true, "type": "Boolean"}}
                """);
        variables.setAll((com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(extra));
        return json.writeValueAsString(variables);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from case_event where case_number = ?", Long.class, caseNumber);
    }

    /** The two ways a person reaches the engine: its REST API with Basic auth, and Tasklist's session. */
    private List<Door> doors(String user) {
        return List.of(new Door("engine-rest", (method, path, body) -> http.withBasicAuth(user, "demo")
                        .exchange("/engine-rest/" + path, method, new HttpEntity<>(body, jsonHeaders()), String.class)),
                tasklist(user));
    }

    private Door tasklist(String user) {
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        HttpHeaders page = http.exchange("/camunda/app/tasklist/default/", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class).getHeaders();
        String csrf = page.getFirst("X-XSRF-TOKEN");
        var jar = new java.util.LinkedHashMap<String, String>();
        for (String cookie : session.cookies().split("; ")) {
            jar.put(cookie.split("=", 2)[0], cookie);
        }
        for (String setCookie : page.getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
            String cookie = setCookie.split(";", 2)[0];
            jar.put(cookie.split("=", 2)[0], cookie);
        }
        String cookies = String.join("; ", jar.values());
        return new Door("tasklist", (method, path, body) -> {
            HttpHeaders headers = session.headers();
            headers.set(HttpHeaders.COOKIE, cookies);
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.set("X-XSRF-TOKEN", csrf);
            return http.exchange("/camunda/api/engine/engine/default/" + path, method, new HttpEntity<>(body, headers),
                    String.class);
        });
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return headers;
    }

    interface Request {
        ResponseEntity<String> send(HttpMethod method, String path, String body);
    }

    record Door(String name, Request request) {
        ResponseEntity<String> send(HttpMethod method, String path, String body) {
            return request.send(method, path, body);
        }
    }
}
