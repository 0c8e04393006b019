package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
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
 * Issue 13 §4: 回避 (Art. 17) and four-eyes hold on every path. The respondent of a complaint, and a
 * person who declared a conflict, neither list nor take nor complete the case's tasks — not by
 * completing without claiming, not through Tasklist's API, not by an administrator's assignment; a
 * decider or requester cannot approve their own compensation or extension by completing directly.
 * Each refusal is a 403 naming the rule in {@code message} (what Tasklist shows), and nothing changes.
 */
@PostgresTest
class RecusalTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    private static final String APPROVE = """
            {"variables": {"compensationApproved": {"value": true, "type": "Boolean"},
                           "approvalNote": {"value": "同意", "type": "String"}}}""";

    @Autowired ComplaintIntake intake;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired HistoryService historyService;
    @Autowired EngineDriver driver;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void theRespondentCannotSeeTakeOrCompleteTheCompensationApprovalOfTheirOwnCase() throws Exception {
        String caseNumber = register("supervisor");
        Task approval = toCompensationApproval(caseNumber, "frontline");
        assertThat(driver.candidateGroups(approval)).containsExactly(StaffGroups.SUPERVISOR);

        assertBarred("supervisor", caseNumber, approval, APPROVE);

        // the other department head approves as usual
        ResponseEntity<String> claimed = post("supervisor2", "/engine-rest/task/" + approval.getId() + "/claim",
                "{\"userId\": \"supervisor2\"}");
        ResponseEntity<String> completed = post("supervisor2", "/engine-rest/task/" + approval.getId() + "/complete", APPROVE);
        assertThat(claimed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(eventTypes(caseNumber)).contains("COMPENSATION_APPROVED");
    }

    @Test
    void aPersonWhoDeclaredAConflictCannotSeeTakeOrCompleteTheCasesTasks() throws Exception {
        String caseNumber = register(null);
        Task first = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(first.getTaskDefinitionKey()).isEqualTo(Elements.FRONTLINE_RESOLVE);
        assertThat(list("frontline", caseNumber)).containsExactly(first.getId());

        ResponseEntity<String> declared = post("frontline", "/api/complaints/" + caseNumber + "/conflicts-of-interest",
                "{\"reason\": \"投诉人是我的亲属\"}");
        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertBarred("frontline", caseNumber, first,
                "{\"variables\": {\"resolvedOnSpot\": {\"value\": true, \"type\": \"Boolean\"}}}");
        // our API answers them as if the case did not exist
        assertThat(http.withBasicAuth("frontline", "demo").getForEntity("/api/complaints/" + caseNumber, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post("frontline", "/api/complaints/" + caseNumber + "/regrade",
                "{\"level\": 1, \"reason\": \"我来升级\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // a colleague takes it over
        assertThat(list("frontline2", caseNumber)).containsExactly(first.getId());
        assertThat(post("frontline2", "/engine-rest/task/" + first.getId() + "/claim", "{\"userId\": \"frontline2\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theDeciderCannotApproveTheirOwnCompensationByCompletingWithoutClaiming() throws Exception {
        String caseNumber = register(null);
        Task approval = toCompensationApproval(caseNumber, "supervisor");
        int events = eventTypes(caseNumber).size();
        Map<String, Object> variables = runtimeService.getVariables(approval.getProcessInstanceId());

        ResponseEntity<String> completed = post("supervisor", "/engine-rest/task/" + approval.getId() + "/complete", APPROVE);
        ResponseEntity<String> submitted = post("supervisor", "/engine-rest/task/" + approval.getId() + "/submit-form", APPROVE);
        ResponseEntity<String> claimed = post("supervisor", "/engine-rest/task/" + approval.getId() + "/claim",
                "{\"userId\": \"supervisor\"}");
        Tasklist tasklist = tasklist("supervisor");
        ResponseEntity<String> viaTasklist = webappPost(tasklist, TASKLIST_API + "/task/" + approval.getId() + "/submit-form",
                APPROVE);

        for (ResponseEntity<String> refused : List.of(completed, submitted, claimed, viaTasklist)) {
            assertRefused(refused, "四眼原则");
        }
        assertUnchanged(approval, caseNumber, events, variables);

        // someone else, but with an empty note: the form's rule, a 400 naming the note, not the listener's 500
        String noNote = APPROVE.replace("同意", " ");
        Tasklist other = tasklist("supervisor2");
        for (ResponseEntity<String> refused : List.of(
                post("supervisor2", "/engine-rest/task/" + approval.getId() + "/complete", noNote),
                post("supervisor2", "/engine-rest/task/" + approval.getId() + "/submit-form", noNote),
                webappPost(other, TASKLIST_API + "/task/" + approval.getId() + "/submit-form", noNote))) {
            assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(json.readTree(refused.getBody()).path("message").asText()).as(refused.getBody())
                    .startsWith("approvalNote 必填项 Required field").contains("审批意见");
        }
        assertUnchanged(approval, caseNumber, events, variables);

        assertThat(post("supervisor2", "/engine-rest/task/" + approval.getId() + "/complete", APPROVE).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void theRequesterCannotApproveTheirOwnExtensionByCompletingWithoutClaiming() throws Exception {
        String caseNumber = register(null);
        ProcessInstance pi = instance(caseNumber);
        toInvestigation(pi);
        ResponseEntity<String> requested = post("supervisor", "/api/complaints/" + caseNumber + "/investigation-extensions",
                "{\"workingDays\": 2, \"reason\": \"需要调取录音\"}");
        assertThat(requested.getStatusCode()).as(requested.getBody()).isEqualTo(HttpStatus.CREATED);
        Task approval = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("Task_ApproveInvestigationExtension").singleResult();
        String approve = """
                {"variables": {"extensionApproved": {"value": true, "type": "Boolean"},
                               "approvalNote": {"value": "同意", "type": "String"}}}""";

        assertRefused(post("supervisor", "/engine-rest/task/" + approval.getId() + "/complete", approve), "四眼原则");
        assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
        assertThat(post("supervisor2", "/engine-rest/task/" + approval.getId() + "/complete", approve).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Everything a barred person might try on the task, on both engine APIs, and an admin's help. */
    private void assertBarred(String user, String caseNumber, Task task, String completion) throws Exception {
        int events = eventTypes(caseNumber).size();
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        String id = task.getId();

        assertThat(list(user, caseNumber)).isEmpty();
        assertThat(count(user, "/engine-rest/task/count?processInstanceBusinessKey=" + caseNumber)).isZero();
        assertThat(post(user, "/engine-rest/task", "{\"processInstanceBusinessKey\": \"" + caseNumber + "\"}").getBody())
                .isEqualTo("[]");
        assertThat(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ids(http.withBasicAuth(user, "demo").getForEntity(
                "/engine-rest/history/task?processInstanceBusinessKey=" + caseNumber, String.class).getBody()))
                .doesNotContain(id);
        Tasklist tasklist = tasklist(user);
        ResponseEntity<String> listed = http.exchange(TASKLIST_API + "/task?processInstanceBusinessKey=" + caseNumber,
                HttpMethod.GET, new HttpEntity<>(tasklist.session().headers()), String.class);
        assertThat(ids(listed.getBody())).isEmpty();
        ResponseEntity<String> counted = http.exchange(TASKLIST_API + "/task/count?processInstanceBusinessKey=" + caseNumber,
                HttpMethod.GET, new HttpEntity<>(tasklist.session().headers()), String.class);
        assertThat(json.readTree(counted.getBody()).get("count").asLong()).isZero();

        List<ResponseEntity<String>> refusals = new ArrayList<>();
        refusals.add(post(user, "/engine-rest/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}"));
        refusals.add(post(user, "/engine-rest/task/" + id + "/complete", completion));
        refusals.add(post(user, "/engine-rest/task/" + id + "/submit-form", completion));
        refusals.add(post(user, "/engine-rest/task/" + id + "/variables",
                "{\"modifications\": {\"approvalNote\": {\"value\": \"同意\", \"type\": \"String\"}}}"));
        refusals.add(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + id + "/variables", String.class));
        refusals.add(webappPost(tasklist, TASKLIST_API + "/task/" + id + "/claim", "{\"userId\": \"" + user + "\"}"));
        refusals.add(webappPost(tasklist, TASKLIST_API + "/task/" + id + "/complete", completion));
        refusals.add(webappPost(tasklist, TASKLIST_API + "/task/" + id + "/submit-form", completion));
        // nobody can hand it to them either
        refusals.add(post("admin", "/engine-rest/task/" + id + "/assignee", "{\"userId\": \"" + user + "\"}"));
        refusals.add(post("admin", "/engine-rest/task/" + id + "/delegate", "{\"userId\": \"" + user + "\"}"));
        refusals.add(post("admin", "/engine-rest/task/" + id + "/identity-links",
                "{\"userId\": \"" + user + "\", \"type\": \"candidate\"}"));
        refusals.add(exchange("admin", HttpMethod.PUT, "/engine-rest/task/" + id,
                "{\"name\": \"" + task.getName() + "\", \"owner\": \"" + user + "\", \"priority\": 50}"));
        for (ResponseEntity<String> refused : refusals) {
            assertRefused(refused, "回避");
        }
        assertUnchanged(task, caseNumber, events, variables);
    }

    private void assertRefused(ResponseEntity<String> response, String rule) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode body = json.readTree(response.getBody());
        // Camunda's REST names every authorization refusal by its base type; the rule is in the message
        assertThat(body.path("type").asText()).as(response.getBody()).isEqualTo("AuthorizationException");
        assertThat(body.path("message").asText()).as(response.getBody()).startsWith(rule);
        // a problem naming the rule in Chinese and English (issue 17), and nothing of Camunda's
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(body.path("status").asInt()).isEqualTo(403);
        assertThat(body.path("title").asText()).startsWith(rule).matches(".*[A-Za-z].*");
        assertThat(body.path("detail").asText()).isEqualTo(body.path("message").asText());
        assertThat(response.getBody()).doesNotContain("missingAuthorizations", "userId");
    }

    private void assertUnchanged(Task before, String caseNumber, int events, Map<String, Object> variables) {
        Task now = taskService.createTaskQuery().taskId(before.getId()).singleResult();
        assertThat(now).as("the task is still open").isNotNull();
        assertThat(now.getAssignee()).isNull();
        assertThat(now.getOwner()).isNull();
        assertThat(taskService.getIdentityLinksForTask(before.getId()))
                .allSatisfy(link -> assertThat(link.getUserId()).isNull());
        assertThat(runtimeService.getVariables(now.getProcessInstanceId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(now.getId()).keySet()).as("only its Tasklist card").allMatch(name -> name.startsWith("card_"));
        assertThat(eventTypes(caseNumber)).hasSize(events);
    }

    private String register(String respondentStaffId) {
        var base = Complaints.with(Channel.HOTLINE, new BigDecimal("100"), Set.of(), 1);
        var submission = new ComplaintSubmission(base.channel(), base.complainant(),
                new ComplaintSubmission.Respondent("朝阳支行", "李强", respondentStaffId), base.businessLine(),
                base.category(), base.request(), base.facts(), base.claimedAmount(), base.flags(), base.jointComplainants());
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        driver.executeJob(instance(caseNumber), Elements.ACKNOWLEDGE);
        return caseNumber;
    }

    private ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    /** The case walks to the compensation approval; {@code decider} decides 80,000 CNY. */
    private Task toCompensationApproval(String caseNumber, String decider) {
        ProcessInstance pi = instance(caseNumber);
        toInvestigation(pi);
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), Variables.createVariables()
                .putValue(Vars.FINDINGS.name(), "核实属实").putValue(Vars.ROOT_CAUSE.name(), "SERVICE_QUALITY"));
        Task decide = driver.task(pi, Elements.DECIDE);
        driver.asMemberOf(decider, driver.candidateGroups(decide), () -> taskService.complete(decide.getId(),
                Variables.createVariables().putValue(Vars.RESULT.name(), "UPHELD").putValue(Vars.RESOLUTION.name(), "全额赔付")
                        .putValue(Vars.COMPENSATION_AMOUNT.name(), 80000.0)));
        return driver.task(pi, Elements.APPROVE_COMPENSATION);
    }

    private void toInvestigation(ProcessInstance pi) {
        String department = (String) runtimeService.getVariable(pi.getId(), Vars.RESPONSIBLE_DEPARTMENT.name());
        switch ((Integer) runtimeService.getVariable(pi.getId(), Vars.LEVEL.name())) {
            case 3 -> taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                    Map.of(Vars.RESOLVED_ON_SPOT.name(), "false"));
            case 2 -> {
                taskService.complete(driver.task(pi, Elements.HAND_OVER).getId(), Map.of(Vars.HANDOVER_NOTE.name(), "请主管组织调查"));
                taskService.complete(driver.task(pi, Elements.ORGANISE).getId(), Map.of(Vars.INVESTIGATION_GROUP.name(), department));
            }
            default -> {
                driver.executeJob(pi, Elements.NOTIFY_DEPARTMENT_HEAD);
                taskService.complete(driver.task(pi, Elements.FORWARD).getId(), Map.of(Vars.FORWARD_NOTE.name(), "请领导小组决策"));
                taskService.complete(driver.task(pi, Elements.MEETING).getId(), Map.of(Vars.INVESTIGATION_GROUP.name(), department,
                        Vars.PLAN_OWNERS.name(), "理赔部 王五", Vars.PLAN_MILESTONES.name(), "3日内完成调查"));
            }
        }
    }

    private List<String> list(String user, String caseNumber) throws Exception {
        return ids(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNumber,
                String.class).getBody());
    }

    private long count(String user, String path) throws Exception {
        return json.readTree(http.withBasicAuth(user, "demo").getForEntity(path, String.class).getBody()).get("count").asLong();
    }

    private List<String> ids(String body) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(body).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private List<String> eventTypes(String caseNumber) {
        return jdbc.queryForList("select event_type from case_event where case_number = ? order by id", String.class,
                caseNumber);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    /** Tasklist's session: the session that a login opens hands out its CSRF token on the first read. */
    private record Tasklist(WebappLogin.Session session, String csrf) {
    }

    private Tasklist tasklist(String user) {
        WebappLogin.Session session = WebappLogin.as(http, user, "tasklist");
        ResponseEntity<String> first = http.exchange(TASKLIST_API + "/task/count", HttpMethod.GET,
                new HttpEntity<>(session.headers()), String.class);
        String csrf = first.getHeaders().getFirst("X-XSRF-TOKEN");
        assertThat(csrf).as("CSRF token of the new session").isNotBlank();
        return new Tasklist(session, csrf);
    }

    /** A POST as Tasklist sends it: session cookie and the session's CSRF token. */
    private ResponseEntity<String> webappPost(Tasklist tasklist, String path, String body) {
        HttpHeaders headers = tasklist.session().headers();
        headers.set("X-XSRF-TOKEN", tasklist.csrf());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
