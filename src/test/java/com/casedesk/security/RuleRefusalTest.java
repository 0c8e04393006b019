package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.notice.NoticeFailureProcess;
import com.casedesk.complaint.notice.FailedNotices;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 17: a form's rule that a person breaks when completing a task (an empty note) is answered on
 * {@code /engine-rest} and on Tasklist's API as a 400 problem naming the field in Chinese and English,
 * with a {@code message} Tasklist shows, never the engine's 500 around the listener's exception; the
 * task stays open and neither the process nor the ledger changes.
 */
@PostgresTest
class RuleRefusalTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";

    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired ComplaintRepository complaints;
    @Autowired ApplicationContext context;
    @Autowired ComplaintIntake intake;
    @Autowired @Qualifier(CaseNumbers.COMPLAINTS) CaseNumbers caseNumbers;
    @Autowired ComplaintClock clock;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void aFailedNoticesTaskWithoutANoteIsA400NamingTheNoteOnEveryPath() throws Exception {
        String caseNumber = graded();
        FailedNotices.escalate(context, caseNumber);
        Task task = taskService.createTaskQuery().processDefinitionKey(NoticeFailureProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        String note = NoticeFailureProcess.Vars.NOTE.name();

        assertEveryPathRefuses("supervisor", task, caseNumber, note, "处理意见", "已重发。");
    }

    @Test
    void aRectificationWithoutItsResultIsA400NamingTheResult() throws Exception {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> opened = http.withBasicAuth("supervisor", "demo").exchange(
                "/api/complaints/" + caseNumber + "/rectifications", HttpMethod.POST, new HttpEntity<>("""
                        {"department": "dept-claims", "owner": "claims", "description": "修订理赔材料补正告知流程",
                         "deadline": "%s"}""".formatted(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10)),
                        headers), String.class);
        assertThat(opened.getStatusCode()).as(opened.getBody()).isEqualTo(HttpStatus.CREATED);
        Task task = taskService.createTaskQuery().processDefinitionKey("complaint-rectification")
                .processInstanceBusinessKey(caseNumber).singleResult();
        Map<String, Object> action = rectification(caseNumber);

        assertEveryPathRefuses("claims", task, caseNumber, "resultNote", "整改结果", "已修订告知书模板");

        assertThat(rectification(caseNumber)).isNotEqualTo(action);
    }

    /**
     * {@code user} may work the task: empty, blank and missing notes, and one too long, are refused on
     * complete and submit-form of /engine-rest and on Tasklist's submit-form; then {@code valid} completes it.
     */
    private void assertEveryPathRefuses(String user, Task task, String caseNumber, String field, String label,
            String valid) throws Exception {
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        List<String> events = events(caseNumber);
        Map<String, Object> rectifications = rectification(caseNumber);
        String id = task.getId();
        Tasklist tasklist = tasklist(user);

        for (String body : List.of(with(field, ""), with(field, "   "), "{\"variables\": {}}", "{}")) {
            assertRefused(post(user, "/engine-rest/task/" + id + "/complete", body), field, label, "必填项");
            assertRefused(post(user, "/engine-rest/task/" + id + "/submit-form", body), field, label, "必填项");
            assertRefused(webappPost(tasklist, TASKLIST_API + "/task/" + id + "/submit-form", body), field, label,
                    "必填项");
        }
        assertRefused(webappPost(tasklist, TASKLIST_API + "/task/" + id + "/complete", with(field, "")), field, label,
                "必填项");
        assertRefused(post(user, "/engine-rest/task/" + id + "/complete", with(field, "意".repeat(4001))), field, label,
                "长度限制");

        assertThat(taskService.createTaskQuery().taskId(id).count()).as("the task is still open").isOne();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
        assertThat(taskService.getVariablesLocal(id).keySet()).as("only its Tasklist card").allMatch(name -> name.startsWith("card_"));
        assertThat(events(caseNumber)).isEqualTo(events);
        assertThat(rectification(caseNumber)).isEqualTo(rectifications);

        ResponseEntity<String> done = webappPost(tasklist, TASKLIST_API + "/task/" + id + "/submit-form",
                with(field, valid));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(id).count()).isZero();
    }

    private void assertRefused(ResponseEntity<String> response, String field, String label, String rule)
            throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("variable").asText()).isEqualTo(field);
        // what Tasklist shows: the field, the rule in Chinese and English, the form's label
        assertThat(problem.path("message").asText()).as(response.getBody()).startsWith(field + " " + rule)
                .contains(label);
        assertThat(problem.path("detail").asText()).isEqualTo(problem.path("message").asText());
        assertThat(response.getBody()).doesNotContain("ENGINE-", "Exception while", "TaskListener");
    }

    private static String with(String field, String value) {
        return "{\"variables\": {\"" + field + "\": {\"value\": \"" + value + "\", \"type\": \"String\"}}}";
    }

    private String graded() {
        Instant now = clock.now();
        String caseNumber = caseNumbers.next(now);
        Complaint complaint = Complaint.register(caseNumber, Complaints.ordinary(), now, clock.replyDueBy(now), "frontline");
        complaint.applyGrade(3, "test", "complaint-frontline", false);
        complaints.save(complaint);
        return caseNumber;
    }

    private List<String> events(String caseNumber) {
        return jdbc.queryForList("select event_type || ':' || coalesce(detail, '') from case_event where case_number = ?"
                + " order by id", String.class, caseNumber);
    }

    private Map<String, Object> rectification(String caseNumber) {
        return Map.of("rows", jdbc.queryForList("select * from rectification_action where case_number = ? order by id",
                caseNumber));
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
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

    private ResponseEntity<String> webappPost(Tasklist tasklist, String path, String body) {
        HttpHeaders headers = tasklist.session().headers();
        headers.set("X-XSRF-TOKEN", tasklist.csrf());
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
