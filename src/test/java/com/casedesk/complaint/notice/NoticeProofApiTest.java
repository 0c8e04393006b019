package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.NotifiedDecisions;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Proof of notice (Art. 21) on PostgreSQL: each notice's proof timestamp on its outbox row, the
 * decision notice's on the ledger and in the case view, a late delivery receipt moving it, and the
 * 核查 window (Art. 20) counted from it.
 */
@PostgresTest
class NoticeProofApiTest {

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintIntake intake;
    @Autowired OutboxRepository outbox;
    @Autowired DecisionNotices decisionNotices;
    @Autowired com.casedesk.notification.Notifications notifications;
    @Autowired ComplaintProperties properties;

    NotifiedDecisions decisions;

    @BeforeEach
    void drivers() {
        UnmeasuredProcesses.allow(engine);
        decisions = new NotifiedDecisions(intake, runtimeService, taskService, managementService, identityService);
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theDecisionNoticeIsProvedWhenTheChannelAcceptsItAndAgainWhenItReportsDelivery() throws Exception {
        Instant sentOn = Instant.parse("2026-12-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(sentOn));
        String caseNumber = decisions.noticeSent();

        OutboxMessage decision = decisionNotice(caseNumber);
        assertThat(decision.acceptedAt()).as("accepted by the SMS channel").isEqualTo(sentOn);
        assertThat(decision.deliveredAt()).isNull();
        assertThat(decision.proofAt()).isEqualTo(sentOn);
        assertThat(decisionNotices.provedAt(caseNumber)).contains(sentOn);
        assertThat(Instant.parse(view(caseNumber).get("decisionNoticeProvedAt").asText())).isEqualTo(sentOn);

        // the delivery receipt arrives two days later
        Instant delivered = sentOn.plus(Duration.ofDays(2));
        ClockUtil.setCurrentTime(Date.from(delivered.plus(Duration.ofHours(1))));
        String reference = TestNotificationGateway.reference(decision);
        assertThat(receipt(reference, sentOn.minusSeconds(1), "frontline").getStatusCode())
                .as("before the channel accepted it").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(receipt(reference, delivered.plus(Duration.ofDays(1)), "frontline").getStatusCode())
                .as("in the future").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(receipt("no-such-reference", delivered, "frontline").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(receipt(reference, delivered, "reviewer").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(decisionNotices.provedAt(caseNumber)).as("nothing moved by a refused receipt").contains(sentOn);

        ResponseEntity<String> recorded = receipt(reference, delivered, "frontline");

        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(recorded.getBody());
        assertThat(body.get("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(Instant.parse(body.get("proofAt").asText())).isEqualTo(delivered);
        assertThat(decisionNotice(caseNumber).deliveredAt()).isEqualTo(delivered);
        assertThat(decisionNotice(caseNumber).proofAt()).isEqualTo(delivered);
        assertThat(decisionNotices.provedAt(caseNumber)).contains(delivered);
        JsonNode view = view(caseNumber);
        assertThat(Instant.parse(view.get("decisionNoticeProvedAt").asText())).isEqualTo(delivered);
        JsonNode notice = findNotice(view, "DECISION");
        assertThat(Instant.parse(notice.get("acceptedAt").asText())).isEqualTo(sentOn);
        assertThat(Instant.parse(notice.get("proofAt").asText())).isEqualTo(delivered);
    }

    @Test
    void theReviewWindowRunsFromTheDeliveryOfTheDecisionNoticeNotFromSending() throws Exception {
        Instant sentOn = Instant.parse("2026-12-01T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(sentOn));
        String caseNumber = decisions.noticeSent();
        Instant delivered = sentOn.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(delivered));
        assertThat(receipt(TestNotificationGateway.reference(decisionNotice(caseNumber)), delivered, "frontline")
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        Instant lastMoment = CalendarDays.endOfPeriod(delivered, 30, properties.zone());
        assertThat(lastMoment).as("after the period counted from sending")
                .isAfter(CalendarDays.endOfPeriod(sentOn, 30, properties.zone()));
        ClockUtil.setCurrentTime(Date.from(lastMoment.plus(Duration.ofDays(2))));

        assertThat(apply(caseNumber, lastMoment.plusSeconds(1)).getStatusCode()).as("day 31 from delivery")
                .isEqualTo(HttpStatus.CONFLICT);
        ResponseEntity<String> day30 = apply(caseNumber, lastMoment);
        assertThat(day30.getStatusCode()).as("day 30 from delivery").isEqualTo(HttpStatus.CREATED);
        assertThat(Instant.parse(json.readTree(day30.getBody()).get("requestedAt").asText())).isEqualTo(lastMoment);
    }

    @Test
    void aDecisionNoticeTheChannelReportsUndeliveredProvesNothing() throws Exception {
        String caseNumber = decisions.noticeSent();
        OutboxMessage sent = decisionNotice(caseNumber);
        assertThat(decisionNotices.provedAt(caseNumber)).isPresent();

        notifications.recordFailure(TestNotificationGateway.reference(sent), "UNDELIVERABLE:test");

        assertThat(decisionNotices.provedAt(caseNumber)).isEmpty();
        OutboxMessage failed = outbox.findById(sent.id()).orElseThrow();
        assertThat(failed.failedAt()).isNotNull();
        assertThat(failed.proofAt()).isNull();
        JsonNode notice = findNotice(view(caseNumber), "DECISION");
        assertThat(notice.get("failureCode").asText()).isEqualTo("UNDELIVERABLE:test");
    }

    @Test
    void theNoticesRecipientIsReadInFullByComplianceOnlyWithItsReferenceAndContentHash() throws Exception {
        String caseNumber = decisions.noticeSent();
        OutboxMessage sent = decisionNotice(caseNumber);
        assertThat(sent.contentHash()).as("SHA-256 of what the channel got").hasSize(64)
                .isEqualTo(new com.casedesk.notification.NoticeText(sent.subject(), sent.content()).hash());

        JsonNode asCompliance = findNotice(view(caseNumber, "compliance"), "DECISION");
        assertThat(asCompliance.get("recipient").asText()).isEqualTo(sent.recipient());
        assertThat(asCompliance.get("reference").asText()).isEqualTo(TestNotificationGateway.reference(sent));
        assertThat(asCompliance.get("contentHash").asText()).isEqualTo(sent.contentHash());
        for (String user : new String[] {"frontline", "supervisor", "manager"}) {
            JsonNode notice = findNotice(view(caseNumber, user), "DECISION");
            assertThat(notice.get("recipient").asText()).as(user).isNotEqualTo(sent.recipient()).contains("****");
        }
    }

    private OutboxMessage decisionNotice(String caseNumber) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == NoticePurpose.DECISION).reduce((a, b) -> b).orElseThrow();
    }

    private ResponseEntity<String> receipt(String reference, Instant deliveredAt, String user) {
        return post("/api/notices/delivery-receipts", "{\"reference\": \"" + reference + "\", \"deliveredAt\": \""
                + deliveredAt.atOffset(BEIJING) + "\"}", user);
    }

    private ResponseEntity<String> apply(String caseNumber, Instant receivedAt) {
        return post("/api/complaints/" + caseNumber + "/review-requests",
                "{\"reason\": \"不服\", \"receivedAt\": \"" + receivedAt.atOffset(BEIJING) + "\"}", "frontline");
    }

    private ResponseEntity<String> post(String path, String body, String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode view(String caseNumber) throws Exception {
        return view(caseNumber, "supervisor");
    }

    private JsonNode view(String caseNumber, String user) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo")
                .getForEntity("/api/complaints/" + caseNumber, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode findNotice(JsonNode view, String purpose) {
        for (JsonNode n : view.get("notices")) {
            if (n.get("purpose").asText().equals(purpose)) {
                return n;
            }
        }
        throw new AssertionError("no " + purpose + " notice in the view");
    }
}
