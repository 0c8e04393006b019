package com.casedesk.notification.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.notification.letter.NoticeLetterProcess.Elements;
import com.casedesk.notification.letter.NoticeLetterProcess.Vars;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
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
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code notice-letter} on PostgreSQL, driven as the service drives it: a notice sent on the LETTER
 * channel through the real channel router renders the PDF and opens 寄送书面告知 for the front line;
 * the posting recorded there is the notice's proof, a letter that cannot be posted its failure. No
 * complaint process is started here (this class measures the letter model); LetterNoticeProofTest
 * follows a real complaint's decision letter into the 核查 window.
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class NoticeLetterProcessTest {

    static final String ADDRESS = "北京市朝阳区建国路88号3单元502室 张三 收";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 10:00 in Shanghai on 1 December. */
    private static final Instant WRITTEN = Instant.parse("2026-12-01T02:00:00Z");

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired com.casedesk.notification.TestCaseFallbacks fallbacks;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;

    @BeforeEach
    void realChannels() {
        AbstractAssertions.init(engine);
        gateway.useRealChannels(true);
        ClockUtil.setCurrentTime(Date.from(WRITTEN));
    }

    @AfterEach
    void back() {
        fallbacks.clear();
        gateway.useRealChannels(false);
        ClockUtil.reset();
    }

    static String newCaseNumber() {
        return "TS20261201" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }

    @Test
    void aDecisionLetterIsRenderedQueuedWithoutProofAndProvedByItsPosting() throws Exception {
        String caseNumber = newCaseNumber();
        OutboxMessage sent = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.LETTER, ADDRESS,
                new NoticeText(null, "尊敬的张三：关于您的投诉（编号" + caseNumber + "），经核查，部分成立。\n"
                        + "如您对处理结果有异议，可申请核查，也可申请第三方调解、仲裁或依法提起诉讼。"), null);

        assertThat(sent.deliveryReference()).isEqualTo("letter-" + sent.id());
        assertThat(sent.sentAt()).as("queued for printing").isEqualTo(WRITTEN);
        assertThat(sent.acceptedAt()).as("not posted yet").isNull();
        assertThat(sent.proofAt()).as("no proof until posted").isNull();
        String text = pdfText(sent.id());
        assertThat(text).contains(caseNumber, ADDRESS.replace(" ", ""), "投诉处理结果告知书", "2026年12月1日", "核查",
                "调解", "仲裁", "诉讼");

        ProcessInstance pi = single(caseNumber);
        assertThat(pi).isWaitingAt(Elements.POST).hasPassed(Elements.QUEUED);
        Task task = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(task.getName()).startsWith("寄送书面告知");
        assertThat(taskService.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly("complaint-frontline");
        Map<String, Object> variables = runtimeService.getVariables(pi.getId());
        assertThat(variables).containsEntry(Vars.OUTBOX_ID.name(), sent.id())
                .containsEntry(Vars.RECIPIENT.name(), "北京市朝阳区****")
                .containsEntry(Vars.PDF_LINK.name(), "/api/notices/letters/" + sent.id() + "/pdf")
                .containsEntry(Vars.WRITTEN_ON.name(), "2026-12-01")
                .containsEntry(Vars.TRACKING_REQUIRED.name(), true);
        assertThat(variables.values()).as("no address in the engine's tables").noneMatch(v -> v != null
                && v.toString().contains("建国路"));

        // posted the next day, recorded on 3 December at 11:00
        Instant recorded = Instant.parse("2026-12-03T03:00:00Z");
        ClockUtil.setCurrentTime(Date.from(recorded));
        ResponseEntity<String> done = complete(task.getId(), posted("2026-12-02", "xa 1234 5678 901"));
        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(pi).isEnded().hasPassedInOrder(Elements.QUEUED, Elements.POST, Elements.OUTCOME, Elements.POSTED);
        OutboxMessage proved = outbox.findById(sent.id()).orElseThrow();
        Instant endOfPostingDay = LocalDate.of(2026, 12, 3).atStartOfDay(SHANGHAI).toInstant().minusMillis(1);
        assertThat(proved.acceptedAt()).isEqualTo(endOfPostingDay);
        assertThat(proved.proofAt()).isEqualTo(endOfPostingDay);
        Map<String, Object> letter = jdbc.queryForMap("select posted_on, tracking_number, posted_by, recorded_at"
                + " from notice_letter where outbox_id = ?", sent.id());
        assertThat(letter.get("posted_on").toString()).isEqualTo("2026-12-02");
        assertThat(letter).containsEntry("tracking_number", "XA12345678901").containsEntry("posted_by", "frontline");
        assertThat(((java.sql.Timestamp) letter.get("recorded_at")).toInstant()).isEqualTo(recorded);
    }

    @Test
    void aPostingRecordedOnItsDayProvesFromTheMomentItIsRecorded() {
        OutboxMessage sent = notifications.send(newCaseNumber(), NoticePurpose.ACKNOWLEDGEMENT, NotificationChannel.LETTER,
                ADDRESS, NoticeText.of("您的投诉已受理。"), null);
        Instant recorded = WRITTEN.plusSeconds(3600);
        ClockUtil.setCurrentTime(Date.from(recorded));
        Task task = taskOf(sent);

        ResponseEntity<String> done = complete(task.getId(), posted("2026-12-01", null));

        assertThat(done.getStatusCode()).as("an acknowledgement may go unregistered: " + done.getBody())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(outbox.findById(sent.id()).orElseThrow().proofAt()).isEqualTo(recorded);
        assertThat(pdfText(sent.id())).as("the default heading of its purpose").contains("投诉受理告知书");
    }

    @Test
    void badInputIsA400NamingTheFieldAndChangesNothing() throws Exception {
        OutboxMessage sent = notifications.send(newCaseNumber(), NoticePurpose.DECISION, NotificationChannel.LETTER,
                ADDRESS, new NoticeText("处理结果告知", "经核查，部分成立。"), null);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-03T03:00:00Z")));
        Task task = taskOf(sent);

        Map<String, String> refused = Map.of(
                "letterOutcome", body("letterOutcome", "LOST"),
                "postedOn", posted(null, "XA12345678901"),
                "postedOn ", posted("2026-12-04", "XA12345678901"),
                "postedOn  ", posted("2026-11-30", "XA12345678901"),
                "postedOn   ", posted("3 December", "XA12345678901"),
                "trackingNumber", posted("2026-12-02", null),
                "trackingNumber ", posted("2026-12-02", "SF1234567890"),
                "undeliverableReason", body("letterOutcome", "UNDELIVERABLE"));
        for (var input : refused.entrySet()) {
            ResponseEntity<String> answer = complete(task.getId(), input.getValue());
            assertThat(answer.getStatusCode()).as(input.getValue() + " → " + answer.getBody())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(json.readTree(answer.getBody()).get("variable").asText()).isEqualTo(input.getKey().strip());
        }
        assertThatThrownBy(() -> taskService.complete(task.getId(), withVariables("letterOutcome", "POSTED",
                "postedOn", "2026-12-04", "trackingNumber", "XA12345678901")))
                .as("the service's own calls meet the listener's check")
                .hasRootCauseInstanceOf(BadUserRequestException.class).hasMessageContaining("postedOn");

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).as("still open").isNotNull();
        OutboxMessage unchanged = outbox.findById(sent.id()).orElseThrow();
        assertThat(unchanged.acceptedAt()).isNull();
        assertThat(unchanged.failedAt()).isNull();
        assertThat(jdbc.queryForObject("select posted_on from notice_letter where outbox_id = ?", Object.class,
                sent.id())).isNull();
    }

    @Test
    void aLetterThatCannotBePostedFailsItsNoticeWithTheReason() {
        fallbacks.route(NotificationChannel.LETTER, NotificationChannel.EMAIL, "zhang@example.com");
        OutboxMessage sent = notifications.send(com.casedesk.notification.TestCaseFallbacks.newCaseNumber(),
                NoticePurpose.DECISION, NotificationChannel.LETTER,
                "某市某区", new NoticeText(null, "经核查，部分成立。"), null);
        Task task = taskOf(sent);
        ProcessInstance pi = single(sent.caseNumber());

        ResponseEntity<String> done = complete(task.getId(), body("letterOutcome", "UNDELIVERABLE")
                .replace("}}}", "}, \"undeliverableReason\": {\"value\": \"地址不全\", \"type\": \"String\"}}}"));

        assertThat(done.getStatusCode()).as(done.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(pi).isEnded().hasPassedInOrder(Elements.POST, Elements.OUTCOME, Elements.UNDELIVERABLE);
        OutboxMessage failed = outbox.findById(sent.id()).orElseThrow();
        assertThat(failed.failureCode()).isEqualTo("UNDELIVERABLE:地址不全");
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.proofAt()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from notice_letter where outbox_id = ? and posted_on is null"
                + " and posted_by = 'frontline'", Long.class, sent.id())).isOne();
        assertRedeliveredByEmail(sent);
    }

    /** The failed letter goes out again by the case type's next channel (notice-redelivery). */
    private void assertRedeliveredByEmail(OutboxMessage failed) {
        ProcessInstance redelivery = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(com.casedesk.notification.NoticeRedeliveryProcess.KEY)
                .processInstanceBusinessKey(failed.caseNumber()).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(redelivery.getId())
                .singleResult().getId());
        assertThat(redelivery).isEnded();
        assertThat(outbox.findByCaseNumberOrderById(failed.caseNumber())).filteredOn(m -> failed.id().equals(m.replacesId()))
                .singleElement().satisfies(m -> {
                    assertThat(m.channel()).isEqualTo(NotificationChannel.EMAIL);
                    assertThat(m.proofAt()).isNotNull();
                });
    }

    @Test
    void aLetterThePostOfficeReturnsLosesItsProof() throws Exception {
        fallbacks.route(NotificationChannel.LETTER, NotificationChannel.EMAIL, "zhang@example.com");
        OutboxMessage sent = notifications.send(com.casedesk.notification.TestCaseFallbacks.newCaseNumber(),
                NoticePurpose.DECISION, NotificationChannel.LETTER,
                ADDRESS, new NoticeText(null, "经核查，部分成立。"), null);
        String returned = "/api/notices/letters/" + sent.id() + "/returned";
        assertThat(post("frontline", returned, "{\"reason\": \"查无此人\"}").getStatusCode()).as("not posted yet")
                .isEqualTo(HttpStatus.CONFLICT);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-02T03:00:00Z")));
        assertThat(complete(taskOf(sent).getId(), posted("2026-12-02", "XA12345678901")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(outbox.findById(sent.id()).orElseThrow().proofAt()).isNotNull();

        ResponseEntity<String> blank = post("frontline", returned, "{\"reason\": \" \"}");
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody()).contains("reason");
        assertThat(post("frontline", "/api/notices/letters/0/returned", "{\"reason\": \"查无此人\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> recorded = post("supervisor", returned, "{\"reason\": \"查无此人\"}");

        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode state = json.readTree(recorded.getBody());
        assertThat(state.get("failureCode").asText()).isEqualTo("RETURNED:查无此人");
        assertThat(state.get("proofAt").isNull()).isTrue();
        OutboxMessage failed = outbox.findById(sent.id()).orElseThrow();
        assertThat(failed.proofAt()).isNull();
        assertThat(failed.failedAt()).isNotNull();
        assertThat(post("frontline", returned, "{\"reason\": \"再次退回\"}").getStatusCode()).as("recorded once")
                .isEqualTo(HttpStatus.OK);
        assertThat(outbox.findById(sent.id()).orElseThrow().failureCode()).isEqualTo("RETURNED:查无此人");
        assertThat(jdbc.queryForList("select event_type from case_event where case_number = ? and event_type like 'NOTICE_%'"
                + " order by id", String.class, sent.caseNumber())).as("the case's log shows the posting and the return")
                .startsWith("NOTICE_DELIVERED", "NOTICE_UNDELIVERED").containsOnlyOnce("NOTICE_UNDELIVERED");
        assertRedeliveredByEmail(sent);
    }

    private String pdfText(long outboxId) {
        byte[] pdf = jdbc.queryForObject("select pdf from notice_letter where outbox_id = ?", byte[].class, outboxId);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private ProcessInstance single(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeLetterProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    private Task taskOf(OutboxMessage sent) {
        return taskService.createTaskQuery().processDefinitionKey(NoticeLetterProcess.KEY)
                .processInstanceBusinessKey(sent.caseNumber()).singleResult();
    }

    static String posted(String postedOn, String trackingNumber) {
        StringBuilder body = new StringBuilder("{\"variables\": {\"letterOutcome\": {\"value\": \"POSTED\", \"type\": \"String\"}");
        if (postedOn != null) {
            body.append(", \"postedOn\": {\"value\": \"").append(postedOn).append("\", \"type\": \"String\"}");
        }
        if (trackingNumber != null) {
            body.append(", \"trackingNumber\": {\"value\": \"").append(trackingNumber).append("\", \"type\": \"String\"}");
        }
        return body.append("}}").toString();
    }

    private static String body(String name, String value) {
        return "{\"variables\": {\"" + name + "\": {\"value\": \"" + value + "\", \"type\": \"String\"}}}";
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private ResponseEntity<String> complete(String taskId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("frontline", "demo").exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
