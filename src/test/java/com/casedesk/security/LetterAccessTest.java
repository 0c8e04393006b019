package com.casedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A letter (书面告知) carries the complainant's postal address and the decision's text. Its PDF, the list
 * of letters to post and its 寄送书面告知 task belong to the front line (and the department heads, who may
 * read the PDF and the list): every other staff group, the whistleblowing groups, the front-line colleague
 * the complaint is about (回避) and an anonymous caller are refused on every path — REST and Tasklist's API,
 * list and count, claim and complete, the returned-letter record — and nothing changes.
 */
@PostgresTest
class LetterAccessTest {

    private static final String TASKLIST_API = "/camunda/api/engine/engine/default";
    private static final String ADDRESS = "广州市天河区体育西路1号 李四 收";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ComplaintIntake intake;
    @Autowired Notifications notifications;
    @Autowired TestNotificationGateway gateway;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @BeforeEach
    void realChannels() {
        UnmeasuredProcesses.allow(engine);
        gateway.useRealChannels(true);
    }

    @AfterEach
    void back() {
        gateway.useRealChannels(false);
    }

    @Test
    void aLettersPdfListAndTaskAreTheFrontLinesAloneAndNeverTheColleagueComplainedAbout() throws Exception {
        String caseNumber = register("frontline2");
        OutboxMessage letter = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.LETTER, ADDRESS,
                new NoticeText(null, "经核查，部分成立。如有异议，可申请核查，也可申请调解、仲裁或提起诉讼。"), null);
        Task task = taskService.createTaskQuery().processDefinitionKey("notice-letter")
                .processInstanceBusinessKey(caseNumber).singleResult();
        String pdf = "/api/notices/letters/" + letter.id() + "/pdf";
        String returned = "/api/notices/letters/" + letter.id() + "/returned";
        String byKey = "processDefinitionKey=notice-letter&processInstanceBusinessKey=" + caseNumber;
        String complete = """
                {"variables": {"letterOutcome": {"value": "POSTED", "type": "String"},
                               "postedOn": {"value": "%s", "type": "String"},
                               "trackingNumber": {"value": "XA12345678901", "type": "String"}}}"""
                .formatted(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")));
        Map<String, Object> letterBefore = letterRow(letter.id());
        Map<String, Object> variables = runtimeService.getVariables(task.getProcessInstanceId());
        long downloads = downloads(caseNumber);

        // every group that neither posts letters nor supervises the posting, and the whistleblowing groups
        List<String> otherGroups = List.of("leader", "reviewer", "executive", "claims", "underwriter", "sales",
                "operations", "manager", "compliance", "owner", "wb-intake", "wb-investigator", "wb-committee",
                "wb-custodian");
        for (String user : otherGroups) {
            assertThat(status(user, pdf)).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(status(user, "/api/notices/letters?posted=false")).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(post(user, returned, "{\"reason\": \"退回\"}").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        // the colleague the complaint is about is a front-line member: for them the letter does not exist
        assertThat(status("frontline2", pdf)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("frontline2", "/api/notices/letters?posted=false")).doesNotContain(caseNumber);
        assertThat(post("frontline2", returned, "{\"reason\": \"退回\"}").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String path : List.of(pdf, "/api/notices/letters")) {
            assertThat(http.getForEntity(path, String.class).getStatusCode()).as("anonymous " + path)
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }

        // the task: nobody outside the front line lists it (oversight reads it) or takes it; the colleague not even that
        List<String> mayNotList = new ArrayList<>(List.of("frontline2", "reviewer", "executive", "claims", "underwriter",
                "sales", "operations", "owner", "wb-intake", "wb-investigator", "wb-committee", "wb-custodian"));
        for (String user : mayNotList) {
            assertThat(count(user, "/engine-rest/task/count?" + byKey)).as(user).isZero();
            assertThat(ids(get(user, "/engine-rest/task?" + byKey))).as(user).isEmpty();
            assertThat(count(user, "/engine-rest/history/task/count?" + byKey)).as(user).isZero();
            Tasklist tasklist = tasklist(user);
            assertThat(json.readTree(webappGet(tasklist, TASKLIST_API + "/task/count?" + byKey)).get("count").asLong())
                    .as(user).isZero();
        }
        List<String> mayNotWork = new ArrayList<>(mayNotList);
        mayNotWork.addAll(List.of("leader", "manager", "compliance", "supervisor"));
        for (String user : mayNotWork) {
            Tasklist tasklist = tasklist(user);
            for (ResponseEntity<String> refused : List.of(
                    post(user, "/engine-rest/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}"),
                    post(user, "/engine-rest/task/" + task.getId() + "/complete", complete),
                    post(user, "/engine-rest/task/" + task.getId() + "/submit-form", complete),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/claim", "{\"userId\": \"" + user + "\"}"),
                    webappPost(tasklist, TASKLIST_API + "/task/" + task.getId() + "/submit-form", complete))) {
                assertThat(refused.getStatusCode().is4xxClientError()).as(user + ": " + refused.getBody()).isTrue();
            }
        }
        // nobody may give the task to the colleague either
        assertThat(post("frontline", "/engine-rest/task/" + task.getId() + "/assignee", "{\"userId\": \"frontline2\"}")
                .getStatusCode().is4xxClientError()).isTrue();

        Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after).as("still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).isEqualTo(variables);
        assertThat(letterRow(letter.id())).isEqualTo(letterBefore);
        assertThat(downloads(caseNumber)).as("no download recorded").isEqualTo(downloads);

        // the refusals are not an empty model: the front line and the department heads see and print it
        assertThat(count("frontline", "/engine-rest/task/count?" + byKey)).isOne();
        ResponseEntity<byte[]> printed = http.withBasicAuth("supervisor", "demo").getForEntity(pdf, byte[].class);
        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(printed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(printed.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(printed.getHeaders().getCacheControl()).contains("no-store");
        assertThat(new String(printed.getBody(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(downloads(caseNumber)).as("the download is audited").isEqualTo(downloads + 1);
        JsonNode waiting = json.readTree(get("frontline", "/api/notices/letters?posted=false"));
        JsonNode row = null;
        for (JsonNode r : waiting) {
            if (r.get("outboxId").asLong() == letter.id()) {
                row = r;
            }
        }
        assertThat(row).as("listed to post").isNotNull();
        assertThat(row.get("recipient").asText()).as("masked").isEqualTo("广州市天河区****");
        assertThat(row.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(row.get("purpose").asText()).isEqualTo("DECISION");
        runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "test over");
    }

    private Map<String, Object> letterRow(long outboxId) {
        return jdbc.queryForMap("""
                select l.posted_on, l.tracking_number, l.posted_by, l.recorded_at, o.accepted_at, o.proof_at, o.failed_at,
                       o.failure_code from notice_letter l join outbox_message o on o.id = l.outbox_id where l.outbox_id = ?""",
                outboxId);
    }

    private long downloads(String caseNumber) {
        return jdbc.queryForObject("select count(*) from audit_log where case_number = ? and action = 'DOCUMENT_DOWNLOADED'",
                Long.class, caseNumber);
    }

    private String register(String respondentStaffId) {
        var base = Complaints.with(Channel.LETTER, new BigDecimal("100"), Set.of(), 1);
        var submission = new ComplaintSubmission(base.channel(), base.complainant(),
                new ComplaintSubmission.Respondent("朝阳支行", "赵敏", respondentStaffId), base.businessLine(),
                base.category(), base.request(), base.facts(), base.claimedAmount(), base.flags(), base.jointComplainants());
        return intake.register(submission, null, "test", "frontline").receipt().caseNumber();
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(http.withBasicAuth(user, "demo").getForEntity(path, String.class).getStatusCode().value());
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
