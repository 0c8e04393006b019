package com.casedesk.complaint.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseDocument;
import com.casedesk.casefile.CaseDocuments;
import com.casedesk.casefile.DocumentType;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Issue 17: the 案件档案 tab in Tasklist's task view (casefile/tasklist plugin) for a complaint's task, over
 * HTTP as Tasklist calls it (webapp session cookie and CSRF header). The caller gets the case only through a
 * task they may read, and only if {@code GET /api/complaints/{caseNumber}} would answer them: the same masking,
 * the same recusal, the same audit entry. Every refused caller gets 401 or 404, sees nothing of the case, and
 * leaves no read in the audit log.
 */
@PostgresTest
class ComplaintCaseFileTabTest {

    static final String PLUGIN = "/camunda/api/tasklist/plugin/casedesk-casefile";
    static final String ENGINE = PLUGIN + "/default";

    @Autowired TestRestTemplate http;
    @Autowired ComplaintIntake intake;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired EngineDriver driver;
    @Autowired CaseDocuments documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @Test
    void tasklistLoadsThePluginModule() {
        ResponseEntity<String> module = http.getForEntity(PLUGIN + "/static/app/plugin.js", String.class);
        assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(module.getHeaders().getContentType().toString()).startsWith("text/javascript");
        assertThat(module.getBody()).contains("export default", "tasklist.task.detail", "案件档案", "处理进度",
                "Asia/Shanghai").doesNotContain("http://", "https://", "/api/complaints");
        assertThat(http.getForEntity(PLUGIN + "/static/app/plugin.css", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getBody())
                .contains("casedesk-casefile");
    }

    @Test
    void theFrontLineSeesTheWholeCaseFileOfItsTaskAndTheReadIsAudited() throws Exception {
        String caseNumber = register(null);
        Task task = driver.task(instance(caseNumber), Elements.FRONTLINE_RESOLVE);
        CaseDocument evidence = documents.add(caseNumber, "转账记录.pdf", DocumentType.PDF,
                "%PDF-1.4 evidence".getBytes(StandardCharsets.US_ASCII), "转账记录", "frontline");
        long readsBefore = audited("frontline", caseNumber, "COMPLAINT_READ_FULL");

        ResponseEntity<String> response = get("frontline", ENGINE + "/task/" + task.getId());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode file = json.readTree(response.getBody());
        assertThat(file.get("kind").asText()).isEqualTo("COMPLAINT");
        assertThat(file.get("caseNumber").asText()).isEqualTo(caseNumber);
        JsonNode record = file.get("complaint");
        assertThat(record.get("caseNumber").asText()).isEqualTo(caseNumber);
        // the front line calls the complainant back: phone in full, as GET /api/complaints/{caseNumber} shows it
        assertThat(record.at("/complainant/phone").asText()).isEqualTo("13800138000");
        assertThat(types(record.get("events"))).contains("RECEIVED", "GRADED", "ACKNOWLEDGED");
        assertThat(record.at("/clock/statutoryDueBy").isNull()).isFalse();
        assertThat(record.get("replyDueBy").isNull()).isFalse();
        assertThat(file.at("/clock/receivedAt").isNull()).isFalse();
        assertThat(file.at("/clock/statutoryDueBy").asText()).isEqualTo(record.at("/clock/statutoryDueBy").asText());
        assertThat(file.at("/clock/reminders").isArray()).isTrue();
        assertThat(file.at("/clock/escalations").isArray()).isTrue();
        // the acknowledgement went out: the notice's recipient masked (only compliance reads it in full)
        JsonNode notices = record.get("notices");
        assertThat(notices.size()).isPositive();
        notices.forEach(n -> assertThat(n.get("recipient").asText()).doesNotContain("13800138000", "zhang@example.com"));
        assertThat(record.at("/documents/0/id").asLong()).isEqualTo(evidence.id());
        assertThat(file.get("related").isArray()).isTrue();
        assertThat(file.at("/labels/category").asText()).isEqualTo("理赔纠纷");
        assertThat(file.at("/labels/channel").asText()).isEqualTo("客服热线");
        assertThat(audited("frontline", caseNumber, "COMPLAINT_READ_FULL")).isEqualTo(readsBefore + 1);

        // the document comes through the same session, as an attachment, audited
        long downloadsBefore = audited("frontline", caseNumber, "DOCUMENT_DOWNLOADED");
        ResponseEntity<byte[]> download = getBytes("frontline",
                ENGINE + "/task/" + task.getId() + "/documents/" + evidence.id());
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(download.getBody(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 evidence");
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(audited("frontline", caseNumber, "DOCUMENT_DOWNLOADED")).isEqualTo(downloadsBefore + 1);
    }

    @Test
    void aDepartmentReadsTheCaseFileOfItsInvestigationMasked() throws Exception {
        String caseNumber = register(null);
        ProcessInstance pi = instance(caseNumber);
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(), Map.of(Vars.RESOLVED_ON_SPOT.name(), "false"));
        Task investigation = driver.task(pi, Elements.INVESTIGATE);
        // a Level 3 case is investigated by the front line; the responsible department is asked to help
        taskService.addCandidateGroup(investigation.getId(), "dept-claims");
        String user = "claims";

        ResponseEntity<String> response = get(user, ENGINE + "/task/" + investigation.getId());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode record = json.readTree(response.getBody()).get("complaint");
        assertThat(record.at("/complainant/phone").asText()).isNotEqualTo("13800138000").contains("****");
        assertThat(response.getBody()).doesNotContain("13800138000", "zhang@example.com");
        assertThat(types(record.get("events"))).contains("TASK_COMPLETED");
        assertThat(audited(user, caseNumber, "COMPLAINT_READ_MASKED")).isOne();
        assertThat(audited(user, caseNumber, "COMPLAINT_READ_FULL")).isZero();
    }

    @Test
    void nobodyElseGetsTheCaseFileAndNoReadIsRecordedForThem() throws Exception {
        String caseNumber = register(null);
        Task task = driver.task(instance(caseNumber), Elements.FRONTLINE_RESOLVE);
        CaseDocument evidence = documents.add(caseNumber, "合同.pdf", DocumentType.PDF,
                "%PDF-1.4 contract".getBytes(StandardCharsets.US_ASCII), null, "frontline");
        String path = ENGINE + "/task/" + task.getId();
        String download = path + "/documents/" + evidence.id();

        // no session, and the API's HTTP Basic login is no Tasklist session
        assertRefused(http.getForEntity(path, String.class), caseNumber, HttpStatus.UNAUTHORIZED);
        assertRefused(http.withBasicAuth("frontline", "demo").getForEntity(path, String.class), caseNumber,
                HttpStatus.UNAUTHORIZED);
        assertRefused(http.withBasicAuth("frontline", "demo").getForEntity(download, String.class), caseNumber,
                HttpStatus.UNAUTHORIZED);
        // the department heads oversee the front line's tasks: they may read it, in full
        assertThat(get("supervisor", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        // users of other groups: the task is not theirs to read
        for (String user : List.of("claims", "reviewer", "wb-investigator", "executive")) {
            assertRefused(get(user, path), caseNumber, HttpStatus.NOT_FOUND);
            assertRefused(get(user, download), caseNumber, HttpStatus.NOT_FOUND);
        }
        // a forged task id, and a task of a case the front line does not work on (Level 1: the leadership's)
        assertRefused(get("frontline", ENGINE + "/task/no-such-task"), caseNumber, HttpStatus.NOT_FOUND);
        String other = register(null, new BigDecimal("800000"));
        driver.executeJob(instance(other), Elements.NOTIFY_DEPARTMENT_HEAD);
        Task leadership = driver.task(instance(other), Elements.FORWARD);
        assertRefused(get("frontline", ENGINE + "/task/" + leadership.getId()), other, HttpStatus.NOT_FOUND);
        // a document of another case through a task the caller may read
        CaseDocument foreign = documents.add(other, "他案.pdf", DocumentType.PDF,
                "%PDF-1.4 other".getBytes(StandardCharsets.US_ASCII), null, "leader");
        assertRefused(get("frontline", path + "/documents/" + foreign.id()), other, HttpStatus.NOT_FOUND);

        for (String user : List.of("frontline", "claims", "reviewer", "wb-investigator", "executive")) {
            assertThat(audited(user, other, null)).as(user).isZero();
            if (!user.equals("frontline")) {
                assertThat(audited(user, caseNumber, null)).as(user).isZero();
            }
        }
        assertThat(audited("frontline", caseNumber, null)).isZero();
    }

    @Test
    void aRecusedPersonGetsNothingEvenWhileTheTaskIsStillVisibleToThem() throws Exception {
        String caseNumber = register(null);
        Task task = driver.task(instance(caseNumber), Elements.FRONTLINE_RESOLVE);
        String path = ENGINE + "/task/" + task.getId();
        assertThat(get("frontline2", path).getStatusCode()).isEqualTo(HttpStatus.OK);
        long reads = audited("frontline2", caseNumber, null);

        // a conflict recorded in the ledger (the task is not hidden from them here): the case's own rule refuses
        jdbc.update("insert into case_conflict (case_number, user_id, source, reason, declared_by, declared_at)"
                + " values (?, 'frontline2', 'DECLARED', '亲属', 'supervisor', now())", caseNumber);
        assertRefused(get("frontline2", path), caseNumber, HttpStatus.NOT_FOUND);

        // and declared through the API: the task is hidden too
        jdbc.update("delete from case_conflict where case_number = ? and user_id = 'frontline2'", caseNumber);
        ResponseEntity<String> declared = http.withBasicAuth("frontline", "demo").exchange(
                "/api/complaints/" + caseNumber + "/conflicts-of-interest", HttpMethod.POST,
                new HttpEntity<>("{\"reason\": \"投诉人是我的亲属\"}", jsonHeaders()), String.class);
        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertRefused(get("frontline", path), caseNumber, HttpStatus.NOT_FOUND);

        assertThat(audited("frontline2", caseNumber, null)).isEqualTo(reads);
        assertThat(get("frontline2", path).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    // ---------------------------------------------------------------------------------- helpers

    private void assertRefused(ResponseEntity<String> response, String caseNumber, HttpStatus status) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getBody())).doesNotContain(caseNumber, "张三", "13800138000", "要求全额赔付");
    }

    private String register(String respondentStaffId) {
        return register(respondentStaffId, new BigDecimal("100"));
    }

    private String register(String respondentStaffId, BigDecimal amount) {
        var base = Complaints.with(Channel.HOTLINE, amount, Set.of(), 1);
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

    /** Audit rows of one actor for one case, of one action or (null) of every action. */
    private long audited(String actor, String caseNumber, String action) {
        Long count = action == null
                ? jdbc.queryForObject("select count(*) from audit_log where actor = ? and case_number = ?", Long.class,
                        actor, caseNumber)
                : jdbc.queryForObject("select count(*) from audit_log where actor = ? and case_number = ? and action = ?",
                        Long.class, actor, caseNumber, action);
        return count == null ? 0 : count;
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tasklist(user)), String.class);
    }

    private ResponseEntity<byte[]> getBytes(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tasklist(user)), byte[].class);
    }

    /** A Tasklist session's headers: its cookies (GETs need no CSRF token). */
    private HttpHeaders tasklist(String user) {
        return WebappLogin.as(http, user, "tasklist").headers();
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
