package com.casedesk.notification.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SMS channel against an HTTP server standing in for the provider (WireMock): what it sends, what
 * it takes as the provider's acceptance, and that every other answer fails the attempt so the job retries.
 */
@PostgresTest
class SmsChannelTest {

    private static final WireMockServer SMS = NoticeServers.sms();

    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;
    @Autowired TestCaseFallbacks fallbacks;
    @Autowired SmsProperties properties;
    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;

    @BeforeEach
    void realChannels() {
        UnmeasuredProcesses.allow(engine);
        SMS.resetAll();
        gateway.useRealChannels(true);
    }

    @AfterEach
    void back() {
        gateway.useRealChannels(false);
        fallbacks.clear();
        SMS.resetAll();
    }

    @Test
    void theProviderGetsRecipientTextReferenceSignatureAndTemplateAndItsMessageIdBecomesTheReference() throws Exception {
        SMS.stubFor(post(NoticeServers.SMS_PATH).willReturn(okJson("{\"messageId\": \"prov-1001\", \"status\": \"OK\"}")));
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        String text = "您的投诉" + caseNumber + "已受理，我们将在15日内答复。";

        OutboxMessage sent = notifications.send(caseNumber, NoticePurpose.ACKNOWLEDGEMENT, NotificationChannel.SMS,
                "13800138000", NoticeText.of(text), null);

        List<LoggedRequest> requests = SMS.findAll(postRequestedFor(urlEqualTo(NoticeServers.SMS_PATH)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer test-sms-token");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        JsonNode body = json.readTree(request.getBodyAsString());
        assertThat(body.get("to").asText()).isEqualTo("13800138000");
        assertThat(body.get("text").asText()).isEqualTo(text);
        assertThat(body.get("reference").asText()).isEqualTo(String.valueOf(sent.id()));
        assertThat(body.get("signName").asText()).isEqualTo("【测试银行】");
        assertThat(body.get("templateCode").asText()).isEqualTo("SMS_TEST_0001");
        assertThat(body.get("templateParam").get("text").asText()).isEqualTo(text);
        assertThat(body.get("segments").asInt()).isEqualTo(1);

        OutboxMessage row = outbox.findById(sent.id()).orElseThrow();
        assertThat(row.deliveryReference()).isEqualTo("prov-1001");
        assertThat(row.acceptedAt()).isNotNull();
        assertThat(row.proofAt()).as("accepted, not yet delivered").isEqualTo(row.acceptedAt());
        assertThat(row.deliveredAt()).isNull();
    }

    @Test
    void aLongChineseTextGoesWholeInSeveralPartsUpToTheMaximumAndShortenedBeyond() throws Exception {
        SMS.stubFor(post(NoticeServers.SMS_PATH).willReturn(okJson("{\"messageId\": \"prov-long\"}")));
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        String sentence = "处理结果：同意退还手续费并致歉。";
        String threeParts = sentence.repeat(10);
        String tooLong = sentence.repeat(40);

        notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS, "13800138000",
                NoticeText.of(threeParts), null);
        notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS, "13800138000",
                NoticeText.of(tooLong), null);

        List<LoggedRequest> requests = SMS.findAll(postRequestedFor(urlEqualTo(NoticeServers.SMS_PATH)));
        JsonNode whole = json.readTree(requests.get(0).getBodyAsString());
        assertThat(whole.get("text").asText()).isEqualTo(threeParts);
        assertThat(whole.get("segments").asInt()).isEqualTo(SmsText.segments("【测试银行】" + threeParts)).isEqualTo(3);
        JsonNode shortened = json.readTree(requests.get(1).getBodyAsString());
        assertThat(shortened.get("segments").asInt()).isEqualTo(properties.maxSegments());
        assertThat(shortened.get("text").asText()).endsWith("。" + properties.shortenedSuffix())
                .startsWith(sentence);
        // the outbox keeps the whole notice (the proof of what was to be told)
        assertThat(outbox.findByCaseNumberOrderById(caseNumber).get(1).content()).isEqualTo(tooLong);
    }

    @Test
    void aServerErrorFailsTheJobWithNothingSentAndTheRetryIsAcceptedOnce() {
        SMS.stubFor(post(NoticeServers.SMS_PATH).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500).withBody("{\"error\": \"busy\"}")).willSetStateTo("up"));
        SMS.stubFor(post(NoticeServers.SMS_PATH).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(okJson("{\"messageId\": \"prov-2002\"}")));
        fallbacks.route(NotificationChannel.EMAIL, NotificationChannel.SMS, "13800138000");
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        gateway.useRealChannels(false);
        OutboxMessage email = notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.EMAIL,
                "zhang@example.com", new NoticeText("处理结果告知", "您的投诉已办结。"), null);
        notifications.recordFailure(TestNotificationGateway.reference(email), "550 mailbox unavailable");
        gateway.useRealChannels(true);
        Job job = redeliveryJob(caseNumber);

        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("HTTP 500")
                .hasMessageNotContaining("13800138000");
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).as("no SMS row after the failed attempt").hasSize(1);
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(4);

        managementService.executeJob(job.getId());

        assertThat(SMS.findAll(postRequestedFor(urlEqualTo(NoticeServers.SMS_PATH)))).hasSize(2);
        List<OutboxMessage> rows = outbox.findByCaseNumberOrderById(caseNumber);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).channel()).isEqualTo(NotificationChannel.SMS);
        assertThat(rows.get(1).deliveryReference()).isEqualTo("prov-2002");
        assertThat(rows.get(1).replacesId()).isEqualTo(email.id());
    }

    @Test
    void aRefusedNumberAMissingMessageIdAndABrokenConnectionEachFailTheAttempt() {
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        SMS.stubFor(post(NoticeServers.SMS_PATH).willReturn(aResponse().withStatus(400)
                .withBody("{\"code\": \"isv.MOBILE_NUMBER_ILLEGAL\", \"to\": \"13800138000\"}")));
        assertThatThrownBy(() -> send(caseNumber)).hasMessageContaining("HTTP 400").hasMessageNotContaining("13800138000");

        SMS.stubFor(post(NoticeServers.SMS_PATH).willReturn(okJson("{\"status\": \"OK\"}")));
        assertThatThrownBy(() -> send(caseNumber)).hasMessageContaining("without messageId");

        SMS.stubFor(post(NoticeServers.SMS_PATH).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertThatThrownBy(() -> send(caseNumber)).hasMessageContaining("not reached");

        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).as("nothing recorded as sent")
                .allSatisfy(m -> assertThat(m.sentAt()).isNull());
    }

    @Test
    void aProviderThatDoesNotAnswerWithinTheReadTimeoutFailsTheAttempt() {
        SMS.stubFor(post(NoticeServers.SMS_PATH).willReturn(okJson("{\"messageId\": \"late\"}").withFixedDelay(3000)));
        SmsChannel impatient = new SmsChannel(new SmsProperties(properties.url(), null, null, "【测试银行】", "SMS_T",
                null, 5, Duration.ofSeconds(1), Duration.ofMillis(300), null, null, null, null), clock);
        OutboxMessage message = new OutboxMessage(1L, "RT1", NoticePurpose.DECISION, NotificationChannel.SMS,
                "13800138000", "您好。", Instant.now(), null, null, null, null, null, null, null, null, null, null);

        long started = System.nanoTime();
        assertThatThrownBy(() -> impatient.deliver(message)).hasMessageContaining("did not answer in time");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2500));
    }

    private void send(String caseNumber) {
        notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS, "13800138000",
                NoticeText.of("您的投诉已办结。"), null);
    }

    private Job redeliveryJob(String caseNumber) {
        String pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult().getId();
        return managementService.createJobQuery().processInstanceId(pi).singleResult();
    }
}
