package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.UnmeasuredProcesses;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.ChannelRouter;
import com.casedesk.notification.NoticeFallbacks;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeRedeliveryProcess;
import com.casedesk.notification.NoticeText;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.notification.sms.ReceiptSignature;
import com.casedesk.support.Complaints;
import com.casedesk.support.NoticeServers;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.github.tomakehurst.wiremock.client.WireMock;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * End to end for a complaint: an SMS to the complainant goes to the provider (WireMock), the provider's
 * signed receipt says FAILED, and the notice goes out again by e-mail to the complainant's address,
 * replacing the SMS. Holds for any complaint {@code NoticeFallbacks} whose next channel after SMS is
 * e-mail; where the e-mail channel is live, the SMTP server (GreenMail) receives it. Skipped while no
 * case type owns complaint notices.
 */
@PostgresTest
class ComplaintSmsFallbackTest {

    @Autowired ComplaintIntake intake;
    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;
    @Autowired ChannelRouter router;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired TestRestTemplate http;
    @Autowired List<NoticeFallbacks> fallbacks;

    @BeforeEach
    void realChannels() throws Exception {
        UnmeasuredProcesses.allow(engine);
        NoticeServers.sms().resetAll();
        NoticeServers.smtp().purgeEmailFromAllMailboxes();
        gateway.useRealChannels(true);
    }

    @AfterEach
    void back() throws Exception {
        gateway.useRealChannels(false);
        NoticeServers.sms().resetAll();
        NoticeServers.smtp().purgeEmailFromAllMailboxes();
    }

    @Test
    void anSmsTheProviderReportsFailedGoesToTheComplainantByEmail() throws Exception {
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        String messageId = "prov-" + UUID.randomUUID();
        NoticeServers.sms().stubFor(WireMock.post(NoticeServers.SMS_PATH)
                .willReturn(WireMock.okJson("{\"messageId\": \"" + messageId + "\"}")));
        String text = "您的投诉" + caseNumber + "已办结，处理结果：同意退还手续费。";
        OutboxMessage sms = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS,
                "13800138000", new NoticeText("处理结果告知 " + caseNumber, text), null);
        assertThat(fallbacks.stream().filter(f -> f.owns(sms))).as("complaint/notice/ComplaintNoticeFallbacks")
                .hasSize(1);

        String body = "[{\"messageId\": \"" + messageId + "\", \"status\": \"FAILED\", \"code\": \"UNDELIV\"}]";
        String timestamp = String.valueOf(ClockUtil.getCurrentTime().toInstant().getEpochSecond());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(ReceiptSignature.TIMESTAMP_HEADER, timestamp);
        headers.set(ReceiptSignature.SIGNATURE_HEADER, ReceiptSignature.sign(NoticeServers.SMS_SECRET, timestamp,
                body.getBytes(StandardCharsets.UTF_8)));
        assertThat(http.postForEntity("/api/notices/sms/receipts", new HttpEntity<>(body, headers), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        String redelivery = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(redelivery).singleResult()
                .getId());

        List<OutboxMessage> replacing = outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> sms.id().equals(m.replacesId())).toList();
        assertThat(replacing).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(NotificationChannel.EMAIL);
            assertThat(m.recipient()).isEqualTo("zhang@example.com");
            assertThat(m.sentAt()).isNotNull();
        });
        assertThat(router.inProcess(NotificationChannel.EMAIL)).as("e-mail is live against GreenMail").isFalse();
        MimeMessage[] received = NoticeServers.smtp().getReceivedMessages();
        assertThat(received).singleElement().satisfies(mail -> {
            assertThat(Arrays.stream(mail.getAllRecipients()).map(Object::toString)).containsExactly("zhang@example.com");
            // the decision goes again in full by e-mail, not as the SMS's summary (Art. 19)
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).isNotEmpty();
        });
        assertThat(replacing.get(0).content()).as("re-rendered for e-mail").isNotEqualTo(text)
                .contains(caseNumber, "核查", "调解", "仲裁", "诉讼");
    }
}
