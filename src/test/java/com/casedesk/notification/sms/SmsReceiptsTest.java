package com.casedesk.notification.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeRedeliveryProcess;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.notification.TestCaseFallbacks;
import com.casedesk.support.NoticeServers;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The provider's delivery receipts over HTTP, without a login: a signed DELIVERED proves the notice at
 * its delivery time, a signed FAILED sends it by the case's next channel; forged, stale, tampered and
 * replayed receipts change nothing. Notices go out through the real SMS channel to WireMock.
 */
@PostgresTest
class SmsReceiptsTest {

    private static final String RECEIPTS = "/api/notices/sms/receipts";
    private static final Instant SENT = Instant.parse("2026-12-02T01:00:00Z");

    @Autowired TestRestTemplate http;
    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;
    @Autowired TestCaseFallbacks fallbacks;
    @Autowired CaseEventLog events;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;

    @BeforeEach
    void realChannels() {
        UnmeasuredProcesses.allow(engine);
        NoticeServers.sms().resetAll();
        gateway.useRealChannels(true);
        ClockUtil.setCurrentTime(Date.from(SENT));
    }

    @AfterEach
    void back() {
        gateway.useRealChannels(false);
        fallbacks.clear();
        NoticeServers.sms().resetAll();
        ClockUtil.reset();
    }

    @Test
    void aSignedDeliveredReceiptProvesTheNoticeAtItsDeliveryTimeOnce() throws Exception {
        Sent sms = sendSms();
        Instant deliveredAt = SENT.plus(3, ChronoUnit.MINUTES);
        now(SENT.plus(10, ChronoUnit.MINUTES));
        String body = receipt(sms.messageId, "DELIVERED", "DELIVRD", deliveredAt);

        ResponseEntity<String> answer = postSigned(body, NoticeServers.SMS_SECRET, now());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(answer.getBody()).get(0).get("outcome").asText()).isEqualTo("RECORDED");
        OutboxMessage proved = outbox.findById(sms.id).orElseThrow();
        assertThat(proved.deliveredAt()).isEqualTo(deliveredAt);
        assertThat(proved.proofAt()).isEqualTo(deliveredAt);
        assertThat(jdbc.queryForObject("select outbox_id from sms_receipt where message_id = ?", Long.class,
                sms.messageId)).isEqualTo(sms.id);
        assertThat(eventsOf(sms.caseNumber, "NOTICE_DELIVERED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("已送达").doesNotContain("13800138000"));

        // the same receipt again, and a FAILED for the same message id, properly signed: nothing changes
        now(SENT.plus(11, ChronoUnit.MINUTES));
        ResponseEntity<String> replay = postSigned(body, NoticeServers.SMS_SECRET, now());
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(replay.getBody()).get(0).get("outcome").asText()).isEqualTo("DUPLICATE");
        ResponseEntity<String> contrary = postSigned(receipt(sms.messageId, "FAILED", "UNDELIV", null),
                NoticeServers.SMS_SECRET, now());
        assertThat(json.readTree(contrary.getBody()).get(0).get("outcome").asText()).isEqualTo("DUPLICATE");
        assertThat(outbox.findById(sms.id).orElseThrow()).isEqualTo(proved);
        assertThat(eventsOf(sms.caseNumber, "NOTICE_DELIVERED")).hasSize(1);
        assertThat(redeliveries(sms.caseNumber)).isEmpty();
    }

    @Test
    void forgedTamperedUnsignedAndStaleReceiptsAreRefusedAndChangeNothing() {
        Sent sms = sendSms();
        now(SENT.plus(10, ChronoUnit.MINUTES));
        String delivered = receipt(sms.messageId, "DELIVERED", "DELIVRD", SENT.plus(1, ChronoUnit.MINUTES));
        String failed = receipt(sms.messageId, "FAILED", "UNDELIV", null);
        OutboxMessage before = outbox.findById(sms.id).orElseThrow();

        // signed with another secret
        assertThat(postSigned(delivered, "not-the-secret", now()).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // a signature taken from one body, sent with another
        long ts = now().getEpochSecond();
        String signatureOfDelivered = ReceiptSignature.sign(NoticeServers.SMS_SECRET, String.valueOf(ts),
                delivered.getBytes(StandardCharsets.UTF_8));
        assertThat(post(failed, signatureOfDelivered, String.valueOf(ts)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // the right signature over another timestamp than the one sent
        assertThat(post(delivered, signatureOfDelivered, String.valueOf(ts + 1)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        // no signature, no timestamp
        assertThat(post(delivered, null, String.valueOf(ts)).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post(delivered, signatureOfDelivered, null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // properly signed, but six minutes old or ahead (a captured receipt replayed later)
        assertThat(postSigned(delivered, NoticeServers.SMS_SECRET, now().minus(6, ChronoUnit.MINUTES))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(postSigned(failed, NoticeServers.SMS_SECRET, now().plus(6, ChronoUnit.MINUTES))
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(outbox.findById(sms.id).orElseThrow()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from sms_receipt where message_id = ?", Long.class,
                sms.messageId)).isZero();
        assertThat(redeliveries(sms.caseNumber)).isEmpty();
        assertThat(events.history(sms.caseNumber)).noneMatch(e -> e.eventType().startsWith("NOTICE_"));

        // within five minutes it is taken: the window, not the clock's second, decides
        assertThat(postSigned(delivered, NoticeServers.SMS_SECRET, now().minus(4, ChronoUnit.MINUTES))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFailedReceiptSendsTheNoticeByTheNextChannelReplacingTheSms() throws Exception {
        fallbacks.route(NotificationChannel.SMS, NotificationChannel.EMAIL, "zhang@example.com");
        Sent sms = sendSms();
        now(SENT.plus(10, ChronoUnit.MINUTES));

        ResponseEntity<String> answer = postSigned(receipt(sms.messageId, "FAILED", "UNDELIV", SENT.plus(2,
                ChronoUnit.MINUTES)), NoticeServers.SMS_SECRET, now());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        OutboxMessage failed = outbox.findById(sms.id).orElseThrow();
        assertThat(failed.failureCode()).isEqualTo("UNDELIV");
        assertThat(failed.proofAt()).isNull();
        assertThat(eventsOf(sms.caseNumber, "NOTICE_UNDELIVERED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("UNDELIV"));
        ProcessInstance redelivery = redeliveries(sms.caseNumber).get(0);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(redelivery.getId())
                .singleResult().getId());

        List<OutboxMessage> rows = outbox.findByCaseNumberOrderById(sms.caseNumber);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(rows.get(1).replacesId()).isEqualTo(sms.id);
        assertThat(rows.get(1).sentAt()).isNotNull();
        assertThat(eventsOf(sms.caseNumber, "NOTICE_REDELIVERED")).hasSize(1);
    }

    @Test
    void aBatchIsTakenWholeAnUnknownMessageIdIsNamedAndABadReceiptRefusesTheBatch() throws Exception {
        fallbacks.route(NotificationChannel.SMS, NotificationChannel.EMAIL, "zhang@example.com");
        Sent first = sendSms();
        Sent second = sendSms();
        now(SENT.plus(10, ChronoUnit.MINUTES));
        String unknown = "prov-" + UUID.randomUUID();

        // a receipt that cannot be recorded (no status) refuses the whole batch: 400 naming it
        ResponseEntity<String> bad = postSigned("[" + receipt(first.messageId, "DELIVERED", "DELIVRD",
                SENT.plus(1, ChronoUnit.MINUTES)) + ", {\"messageId\": \"" + second.messageId + "\", \"status\": \"READ\"}]",
                NoticeServers.SMS_SECRET, now());
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("[1].status");
        assertThat(outbox.findById(first.id).orElseThrow().deliveredAt()).isNull();

        ResponseEntity<String> batch = postSigned("[" + receipt(first.messageId, "DELIVERED", "DELIVRD",
                        SENT.plus(1, ChronoUnit.MINUTES)) + ", " + receipt(second.messageId, "FAILED", "MK:0001", null)
                        + ", " + receipt(unknown, "DELIVERED", "DELIVRD", SENT) + "]",
                NoticeServers.SMS_SECRET, now());

        assertThat(batch.getStatusCode()).as("the provider should send the unknown one again").isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode results = json.readTree(batch.getBody());
        assertThat(results.findValuesAsText("outcome")).containsExactly("RECORDED", "RECORDED", "UNKNOWN");
        assertThat(outbox.findById(first.id).orElseThrow().deliveredAt()).isEqualTo(SENT.plus(1, ChronoUnit.MINUTES));
        assertThat(outbox.findById(second.id).orElseThrow().failureCode()).isEqualTo("MK:0001");
        assertThat(jdbc.queryForObject("select count(*) from sms_receipt where message_id = ?", Long.class, unknown))
                .isZero();
    }

    private record Sent(String caseNumber, long id, String messageId) {
    }

    private Sent sendSms() {
        String messageId = "prov-" + UUID.randomUUID();
        NoticeServers.sms().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(NoticeServers.SMS_PATH).willReturn(okJson("{\"messageId\": \"" + messageId + "\"}")));
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        OutboxMessage sent = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS,
                "13800138000", NoticeText.of("您的投诉" + caseNumber + "已办结。"), null);
        assertThat(sent.deliveryReference()).isEqualTo(messageId);
        return new Sent(caseNumber, sent.id(), messageId);
    }

    private static String receipt(String messageId, String status, String code, Instant at) {
        return "{\"messageId\": \"" + messageId + "\", \"status\": \"" + status + "\", \"code\": \"" + code + "\""
                + (at == null ? "" : ", \"at\": \"" + at + "\"") + "}";
    }

    private ResponseEntity<String> postSigned(String body, String secret, Instant at) {
        String timestamp = String.valueOf(at.getEpochSecond());
        return post(body, ReceiptSignature.sign(secret, timestamp, body.getBytes(StandardCharsets.UTF_8)), timestamp);
    }

    private ResponseEntity<String> post(String body, String signature, String timestamp) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            headers.set(ReceiptSignature.SIGNATURE_HEADER, signature);
        }
        if (timestamp != null) {
            headers.set(ReceiptSignature.TIMESTAMP_HEADER, timestamp);
        }
        return http.postForEntity(RECEIPTS, new HttpEntity<>(body.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private static void now(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private List<ProcessInstance> redeliveries(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .processInstanceBusinessKey(caseNumber).list();
    }

    private List<CaseEvent> eventsOf(String caseNumber, String type) {
        return events.history(caseNumber).stream().filter(e -> e.eventType().equals(type)).toList();
    }
}
