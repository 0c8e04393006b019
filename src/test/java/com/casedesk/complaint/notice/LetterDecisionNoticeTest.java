package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.NotifiedDecisions;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

/**
 * A complaint's decision notice (Art. 19) sent by letter: the PDF carries the case number, the address
 * and the remedies; nothing is proved while the letter waits to be posted, so no 核查 can be applied
 * for; the posting the front line records is the decision's proof, and the 核查 window (Art. 20) and the
 * on-time figure run from it.
 */
@PostgresTest
class LetterDecisionNoticeTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String ADDRESS = "上海市浦东新区世纪大道100号12楼 张三 收";

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired ComplaintNotices notices;
    @Autowired DecisionNotices decisionNotices;
    @Autowired ComplaintProperties properties;
    @Autowired Notifications notifications;
    @Autowired TestNotificationGateway gateway;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    NotifiedDecisions decisions;

    @BeforeEach
    void drivers() {
        UnmeasuredProcesses.allow(engine);
        decisions = new NotifiedDecisions(intake, runtimeService, taskService, managementService, identityService);
    }

    @AfterEach
    void back() {
        gateway.useRealChannels(false);
        ClockUtil.reset();
    }

    @Test
    void aDecisionByLetterIsProvedByItsPostingAndTheReviewWindowRunsFromIt() throws Exception {
        Instant written = Instant.parse("2026-12-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(written));
        String caseNumber = decisions.decided();
        // the case's earlier notices (its acknowledgement by SMS) stayed in process; the letter goes through the real channel
        gateway.useRealChannels(true);
        OutboxMessage letter = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.LETTER, ADDRESS,
                notices.decision(complaints.getByCaseNumber(caseNumber), NotificationChannel.LETTER), null);

        byte[] pdf = jdbc.queryForObject("select pdf from notice_letter where outbox_id = ?", byte[].class, letter.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(caseNumber,
                    ADDRESS.replace(" ", ""), "核查", "调解", "仲裁", "诉讼");
        }
        assertThat(letter.proofAt()).as("queued, not posted").isNull();
        assertThat(decisionNotices.provedAt(caseNumber)).as("no proof until posted").isEmpty();
        ClockUtil.setCurrentTime(Date.from(written.plus(Duration.ofHours(2))));
        assertThat(apply(caseNumber, written.plus(Duration.ofHours(1))).getStatusCode())
                .as("no 核查 before the decision is proved").isEqualTo(HttpStatus.CONFLICT);

        // posted on 2 December, recorded on 4 December
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-04T03:00:00Z")));
        Task post = taskService.createTaskQuery().processDefinitionKey("notice-letter")
                .processInstanceBusinessKey(caseNumber).singleResult();
        ResponseEntity<String> posted = post("/engine-rest/task/" + post.getId() + "/complete", """
                {"variables": {"letterOutcome": {"value": "POSTED", "type": "String"},
                               "postedOn": {"value": "2026-12-02", "type": "String"},
                               "trackingNumber": {"value": "XA12345678901", "type": "String"}}}""");
        assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        Instant proof = Instant.parse("2026-12-02T15:59:59.999Z");
        assertThat(decisionNotices.provedAt(caseNumber)).as("the end of the posting day in Beijing").contains(proof);
        ResponseEntity<String> view = http.withBasicAuth("supervisor", "demo").getForEntity("/api/complaints/" + caseNumber,
                String.class);
        assertThat(Instant.parse(json.readTree(view.getBody()).get("decisionNoticeProvedAt").asText())).isEqualTo(proof);
        assertThat(decisionNotices.onTime(caseNumber, proof)).isTrue();
        assertThat(decisionNotices.onTime(caseNumber, proof.minusMillis(1))).as("posted after the statutory date")
                .isFalse();

        Instant lastMoment = CalendarDays.endOfPeriod(proof, 30, properties.zone());
        ClockUtil.setCurrentTime(Date.from(lastMoment.plus(Duration.ofDays(2))));
        assertThat(apply(caseNumber, proof.minusSeconds(1)).getStatusCode()).as("before the posting")
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(apply(caseNumber, lastMoment.plusSeconds(1)).getStatusCode()).as("day 31 from the posting")
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> day30 = apply(caseNumber, lastMoment);
        assertThat(day30.getStatusCode()).as(day30.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<String> apply(String caseNumber, Instant receivedAt) {
        return post("/api/complaints/" + caseNumber + "/review-requests",
                "{\"reason\": \"不服\", \"receivedAt\": \"" + receivedAt.atOffset(BEIJING) + "\"}");
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("frontline", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }
}
