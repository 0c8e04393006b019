package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.intake.RepeatReviewProcess;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.casedesk.whistleblowing.WbNoticeFailureProcess;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
 * Issue 15 added three things people act on: the committee's task when a reporter's feedback cannot be
 * sent ({@code wb-notice-failure}), the handling group's judgement of a repeat's material
 * ({@code complaint-repeat-review}) and the delivery receipts that move a notice's proof. Each is played here
 * by the people who must be refused, on every path the engine and the API offer — REST and Tasklist's API,
 * list and count, ad-hoc and stored queries (the shared Tasklist filters), history, claim and complete — and
 * nothing changes.
 */
@PostgresTest
class EscalationAccessTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintIntake intake;
    @Autowired EngineDriver driver;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aFailedFeedbackEscalationIsTheWhistleblowingCommitteesAloneOnEveryPath() throws Exception {
        String report = "JB20261206" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        ProcessInstance escalation = runtimeService.createProcessInstanceByKey(WbNoticeFailureProcess.KEY)
                .businessKey(report)
                .setVariables(Variables.createVariables()
                        .putValue(WbNoticeFailureProcess.Vars.REPORT_NUMBER.name(), report)
                        .putValue(WbNoticeFailureProcess.Vars.FAILED_ACTIVITY.name(), "Task_Feedback")
                        .putValue(WbNoticeFailureProcess.Vars.FAILED_NOTICE.name(), "处理结果反馈")
                        .putValue(WbNoticeFailureProcess.Vars.DUE_BY.name(), new Date(System.currentTimeMillis() + 86_400_000L)))
                .execute();
        Task task = taskService.createTaskQuery().processInstanceId(escalation.getId()).singleResult();
        Map<String, Object> variables = runtimeService.getVariables(escalation.getId());
        String byKey = "processDefinitionKey=" + WbNoticeFailureProcess.KEY;

        // complaint staff, oversight, the process owner and a whistleblowing investigator (not the committee)
        for (String user : List.of("frontline", "supervisor", "claims", "manager", "compliance", "owner", "wb-investigator")) {
            assertThat(count(user, "/engine-rest/task/count?" + byKey)).as(user).isZero();
            assertThat(ids(get(user, "/engine-rest/task?" + byKey))).as(user).isEmpty();
            assertThat(post(user, "/engine-rest/task", "{\"processInstanceBusinessKey\": \"" + report + "\"}").getBody())
                    .as(user).isEqualTo("[]");
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/engine-rest/task/" + task.getId(), String.class)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(count(user, "/engine-rest/process-instance/count?" + byKey)).as(user).isZero();
            assertThat(count(user, "/engine-rest/history/process-instance/count?" + byKey)).as(user).isZero();
            assertThat(ids(get(user, "/engine-rest/history/task?" + byKey))).as(user).doesNotContain(task.getId());
            assertThat(storedQueryResults(user)).as(user + ": Tasklist filters").doesNotContain(task.getId());

            Tasklist tasklist = tasklist(user);
            assertThat(json.readTree(webappGet(tasklist, TASKLIST_API + "/task/count?" + byKey)).get("count").asLong())
                    .as(user).isZero();
            assertThat(ids(webappGet(tasklist, TASKLIST_API + "/task?" + byKey))).as(user).isEmpty();

            for (ResponseEntity<String> refused : List.of(
                    post(user, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}"),
                    post(user, "/engine-rest/task/" + task.getId() + "/complete", note("已电话告知")),
                    post(user, "/engine-rest/task/" + task.getId() + "/submit-form", note("已电话告知")),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}"),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/complete", note("已电话告知")))) {
                assertThat(refused.getStatusCode().is4xxClientError()).as(user + ": " + refused.getBody()).isTrue();
            }
        }

        Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after).as("the task is still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(runtimeService.getVariables(escalation.getId())).isEqualTo(variables);
        // the committee does see it: the refusals above are not an empty model
        assertThat(count("wb-committee", "/engine-rest/task/count?" + byKey)).isPositive();
        runtimeService.deleteProcessInstance(escalation.getId(), "test over");
    }

    @Test
    void aRepeatsJudgementIsTakenNeitherByAnotherGroupNorByTheStaffMemberComplainedAbout() throws Exception {
        String open = register("frontline2");
        String repeat = register(null);
        ProcessInstance review = runtimeService.createProcessInstanceByKey(RepeatReviewProcess.KEY).businessKey(open)
                .setVariables(Variables.createVariables()
                        .putValue(RepeatReviewProcess.Vars.CASE_NUMBER.name(), open)
                        .putValue(RepeatReviewProcess.Vars.REPEAT_CASE_NUMBER.name(), repeat)
                        .putValue(RepeatReviewProcess.Vars.REPEAT_RECEIVED_AT.name(), new Date())
                        .putValue(RepeatReviewProcess.Vars.REPEAT_REQUEST.name(), "要求退费")
                        .putValue(RepeatReviewProcess.Vars.REPEAT_FACTS.name(), "补充了新的缴费凭证")
                        .putValue(RepeatReviewProcess.Vars.HANDLING_GROUP.name(), StaffGroups.FRONTLINE))
                .execute();
        Task task = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
        long clockRestarts = events(open, "CLOCK_RESTARTED");
        String judgement = """
                {"variables": {"repeatFactsNew": {"value": "true", "type": "String"},
                               "repeatJudgementReason": {"value": "是新事实", "type": "String"}}}""";

        // a department outside the handling group, and the front-line colleague the complaint is about (回避)
        for (String user : List.of("claims", "frontline2")) {
            String byKey = "processDefinitionKey=" + RepeatReviewProcess.KEY + "&processInstanceBusinessKey=" + open;
            assertThat(count(user, "/engine-rest/task/count?" + byKey)).as(user).isZero();
            assertThat(ids(get(user, "/engine-rest/task?" + byKey))).as(user).isEmpty();
            assertThat(storedQueryResults(user)).as(user + ": Tasklist filters").doesNotContain(task.getId());
            Tasklist tasklist = tasklist(user);
            assertThat(ids(webappGet(tasklist, TASKLIST_API + "/task?" + byKey))).as(user).isEmpty();
            for (ResponseEntity<String> refused : List.of(
                    post(user, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}"),
                    post(user, "/engine-rest/task/" + task.getId() + "/complete", judgement),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}"),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/complete", judgement))) {
                assertThat(refused.getStatusCode().is4xxClientError()).as(user + ": " + refused.getBody()).isTrue();
            }
        }

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(events(open, "CLOCK_RESTARTED")).as("no judgement, no restart").isEqualTo(clockRestarts);
        assertThat(events(open, "REPEAT_JUDGED")).isZero();
        // the handling group's other member may take it
        assertThat(post("frontline", "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"frontline\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runtimeService.deleteProcessInstance(review.getId(), "test over");
    }

    @Test
    void onlyTheGroupsThatSendNoticesRecordTheirDeliveryAndARefusalMovesNoProof() throws Exception {
        String caseNumber = register(null);
        Map<String, Object> before = jdbc.queryForMap("select id, delivery_reference, delivered_at, proof_at"
                + " from outbox_message where case_number = ? and delivery_reference is not null order by id limit 1",
                caseNumber);
        String receipt = "{\"reference\": \"" + before.get("delivery_reference")
                + "\", \"deliveredAt\": \"" + java.time.OffsetDateTime.now().minusMinutes(1) + "\"}";

        for (String user : List.of("claims", "wb-investigator", "wb-committee", "manager", "compliance", "owner")) {
            ResponseEntity<String> refused = post(user, "/api/notices/delivery-receipts", receipt);
            assertThat(refused.getStatusCode()).as(user + ": " + refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> anonymous = http.exchange("/api/notices/delivery-receipts", HttpMethod.POST,
                new HttpEntity<>(receipt, jsonHeaders()), String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        Map<String, Object> after = jdbc.queryForMap("select id, delivery_reference, delivered_at, proof_at"
                + " from outbox_message where id = ?", before.get("id"));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void theCommitteeReadsTheRectificationModelItCallsButNoComplaintsRectification() throws Exception {
        String caseNumber = register(null);
        ResponseEntity<String> opened = post("supervisor", "/api/complaints/" + caseNumber + "/rectifications", """
                {"department": "dept-claims", "owner": "claims", "description": "修订理赔时效提示",
                 "deadline": "%s"}""".formatted(java.time.LocalDate.now().plusDays(20)));
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        String byCase = "processDefinitionKey=complaint-rectification&processInstanceBusinessKey=" + caseNumber;
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-rectification")
                .processInstanceBusinessKey(caseNumber).count()).as("it exists").isPositive();

        assertThat(http.withBasicAuth("wb-committee", "demo").getForEntity(
                "/engine-rest/process-definition/key/complaint-rectification", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(count("wb-committee", "/engine-rest/process-instance/count?" + byCase)).isZero();
        assertThat(count("wb-committee", "/engine-rest/history/process-instance/count?" + byCase)).isZero();
        assertThat(count("wb-committee", "/engine-rest/task/count?" + byCase)).isZero();
        assertThat(count("wb-committee", "/engine-rest/history/task/count?" + byCase)).isZero();
        assertThat(get("wb-committee", "/engine-rest/process-instance?" + byCase)).isEqualTo("[]");
    }

    /** Every task the user's stored Tasklist filters list. */
    private List<String> storedQueryResults(String user) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode filter : json.readTree(get(user, "/engine-rest/filter?resourceType=Task"))) {
            ids.addAll(ids(post(user, "/engine-rest/filter/" + filter.get("id").asText() + "/list?maxResults=1000", "{}")
                    .getBody()));
        }
        return ids;
    }

    private String register(String respondentStaffId) {
        var base = Complaints.with(Channel.HOTLINE, new BigDecimal("100"), Set.of(), 1);
        var submission = new ComplaintSubmission(base.channel(), base.complainant(),
                new ComplaintSubmission.Respondent("朝阳支行", "王芳", respondentStaffId), base.businessLine(),
                base.category(), base.request(), base.facts(), base.claimedAmount(), base.flags(), base.jointComplainants());
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        driver.executeJob(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-handling")
                .processInstanceBusinessKey(caseNumber).singleResult(), Elements.ACKNOWLEDGE);
        return caseNumber;
    }

    private long events(String caseNumber, String type) {
        return jdbc.queryForObject("select count(*) from case_event where case_number = ? and event_type = ?",
                Long.class, caseNumber, type);
    }

    private static String note(String text) {
        return "{\"variables\": {\"" + WbNoticeFailureProcess.Vars.NOTE.name() + "\": {\"value\": \"" + text
                + "\", \"type\": \"String\"}}}";
    }

    private long count(String user, String path) throws Exception {
        return json.readTree(get(user, path)).get("count").asLong();
    }

    private String get(String user, String path) {
        return http.withBasicAuth(user, "demo").getForEntity(path, String.class).getBody();
    }

    private List<String> ids(String body) throws Exception {
        List<String> ids = new ArrayList<>();
        json.readTree(body).forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, jsonHeaders()),
                String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

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

    private String webappGet(Tasklist tasklist, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tasklist.session().headers()), String.class).getBody();
    }

    private ResponseEntity<String> webappPost(Tasklist tasklist, String path, String body) {
        HttpHeaders headers = tasklist.session().headers();
        headers.set("X-XSRF-TOKEN", tasklist.csrf());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
