package com.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.casedesk.casefile.CaseEvent;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.notification.NoticeRedeliveryProcess.Elements;
import com.casedesk.notification.NoticeRedeliveryProcess.Vars;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestExecutionListeners;

/**
 * {@code notice-redelivery}: a notice whose channel reported it did not arrive goes out again by its
 * case type's next channel, as a new notice that replaces it; with no channel left, or no case type
 * owning it, the job ends as an incident and the case's log says so. Driven with the test-only case
 * type {@link TestCaseFallbacks} and the in-process gateway (the real channels: SmsReceiptsTest).
 */
@PostgresTest
@TestExecutionListeners(value = ProcessEngineCoverageTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class NoticeRedeliveryProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtimeService;
    @Autowired ManagementService managementService;
    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;
    @Autowired CaseEventLog events;
    @Autowired TestCaseFallbacks fallbacks;
    @Autowired TestNotificationGateway gateway;

    @BeforeEach
    void assertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void routesAndChannelsBack() {
        fallbacks.clear();
        gateway.setDown(false);
    }

    @Test
    void aFailedSmsGoesOutAgainByTheNextChannelAndReplacesIt() {
        fallbacks.route(NotificationChannel.SMS, NotificationChannel.EMAIL, "zhang@example.com");
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        OutboxMessage sms = sendSms(caseNumber);

        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");

        ProcessInstance pi = redelivery(caseNumber);
        assertThat(pi).isWaitingAt(Elements.REDELIVER).hasPassed(Elements.UNDELIVERED);
        assertThat(pi).variables().containsOnlyKeys(Vars.FAILED_NOTICE_ID.name())
                .containsEntry(Vars.FAILED_NOTICE_ID.name(), sms.id());
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).as("nothing sent before the job runs").hasSize(1);

        managementService.executeJob(job(pi).getId());

        assertThat(pi).isEnded().hasPassedInOrder(Elements.UNDELIVERED, Elements.REDELIVER, Elements.REDELIVERED);
        List<OutboxMessage> rows = outbox.findByCaseNumberOrderById(caseNumber);
        assertThat(rows).hasSize(2);
        OutboxMessage email = rows.get(1);
        assertThat(email.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(email.recipient()).isEqualTo("zhang@example.com");
        assertThat(email.replacesId()).isEqualTo(sms.id());
        assertThat(email.content()).isEqualTo(sms.content());
        assertThat(email.purpose()).isEqualTo(NoticePurpose.DECISION);
        assertThat(email.sentAt()).isNotNull();
        assertThat(email.proofAt()).as("accepted by the in-process channel").isNotNull();
        assertThat(rows.get(0).failureCode()).isEqualTo("UNDELIV");
        assertThat(rows.get(0).proofAt()).as("the failed notice proves nothing").isNull();
        assertThat(eventsOf(caseNumber, "NOTICE_REDELIVERED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("EMAIL").contains(String.valueOf(email.id()))
                        .doesNotContain("zhang@example.com"));
    }

    @Test
    void aRedeliveredNoticeThatFailsTooGoesByTheChannelAfterThat() {
        fallbacks.route(NotificationChannel.SMS, NotificationChannel.EMAIL, "zhang@example.com");
        fallbacks.route(NotificationChannel.EMAIL, NotificationChannel.LETTER, "北京市朝阳区某路1号");
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        OutboxMessage sms = sendSms(caseNumber);
        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");
        managementService.executeJob(job(redelivery(caseNumber)).getId());
        OutboxMessage email = outbox.findByCaseNumberOrderById(caseNumber).get(1);

        notifications.recordFailure(TestNotificationGateway.reference(email), "550 mailbox unavailable");
        // the same failure reported twice starts nothing more
        notifications.recordFailure(TestNotificationGateway.reference(email), "550 mailbox unavailable");
        List<ProcessInstance> open = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(NoticeRedeliveryProcess.KEY).processInstanceBusinessKey(caseNumber).list();
        assertThat(open).hasSize(1);
        managementService.executeJob(job(open.get(0)).getId());

        List<OutboxMessage> rows = outbox.findByCaseNumberOrderById(caseNumber);
        assertThat(rows).extracting(OutboxMessage::channel).containsExactly(NotificationChannel.SMS,
                NotificationChannel.EMAIL, NotificationChannel.LETTER);
        assertThat(rows.get(2).replacesId()).isEqualTo(email.id());
    }

    @Test
    void aChannelThatIsDownIsRetriedAndNothingIsSentUntilItWorks() {
        fallbacks.route(NotificationChannel.SMS, NotificationChannel.EMAIL, "zhang@example.com");
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        OutboxMessage sms = sendSms(caseNumber);
        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");
        ProcessInstance pi = redelivery(caseNumber);

        gateway.setDown(true);
        assertThatThrownBy(() -> managementService.executeJob(job(pi).getId())).hasMessageContaining("is down");
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).as("no half-sent notice").hasSize(1);
        assertThat(job(pi).getRetries()).isEqualTo(4);

        gateway.setDown(false);
        managementService.executeJob(job(pi).getId());
        assertThat(pi).isEnded();
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).hasSize(2);
    }

    @Test
    void withNoChannelLeftTheJobEndsAsAnIncidentAndTheCaseLogSaysSo() {
        String caseNumber = TestCaseFallbacks.newCaseNumber();
        OutboxMessage sms = sendSms(caseNumber);
        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");
        ProcessInstance pi = redelivery(caseNumber);

        Incident incident = failUntilIncident(pi);

        assertThat(incident.getIncidentMessage()).contains("no channel left").contains(String.valueOf(sms.id()));
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).hasSize(1);
        assertThat(eventsOf(caseNumber, "NOTICE_FAILED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("no channel left").contains("incident"));

        // the case's contact data is fixed and an operator retries: it goes out after all
        fallbacks.route(NotificationChannel.SMS, NotificationChannel.LETTER, "北京市朝阳区某路1号");
        managementService.setJobRetries(job(pi).getId(), 1);
        managementService.executeJob(job(pi).getId());
        assertThat(pi).isEnded().hasPassed(Elements.REDELIVERED);
        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).extracting(OutboxMessage::channel)
                .containsExactly(NotificationChannel.SMS, NotificationChannel.LETTER);
    }

    @Test
    void aNoticeNoCaseTypeOwnsEndsAsAnIncident() {
        String caseNumber = "ZZ" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
        OutboxMessage sms = sendSms(caseNumber);
        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");

        Incident incident = failUntilIncident(redelivery(caseNumber));

        assertThat(incident.getIncidentMessage()).contains("no case type owns");
        assertThat(eventsOf(caseNumber, "NOTICE_FAILED")).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("no case type owns"));
    }

    @Test
    void aWhistleblowingReportsRedeliveryNamesNoReportAndItsEventsNoDetail() {
        String report = "JB" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
        OutboxMessage sms = sendSms(report);
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .count();

        notifications.recordFailure(TestNotificationGateway.reference(sms), "UNDELIV");

        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .variableValueEquals(Vars.FAILED_NOTICE_ID.name(), sms.id()).singleResult();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY).count())
                .isEqualTo(before + 1);
        assertThat(pi.getBusinessKey()).as("no report number in Cockpit").isNull();
        failUntilIncident(pi);
        assertThat(eventsOf(report, "NOTICE_FAILED")).singleElement().satisfies(e -> assertThat(e.detail()).isNull());
    }

    private OutboxMessage sendSms(String caseNumber) {
        return notifications.send(caseNumber, NoticePurpose.DECISION, NotificationChannel.SMS, "13800138000",
                NoticeText.of("您的投诉" + caseNumber + "已办结，处理结果：同意退还手续费。"), null);
    }

    private ProcessInstance redelivery(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeRedeliveryProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
    }

    private Job job(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(Elements.REDELIVER)
                .singleResult();
    }

    private Incident failUntilIncident(ProcessInstance pi) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count())
                    .as("no incident before the last retry").isZero();
            assertThatThrownBy(() -> managementService.executeJob(job(pi).getId()))
                    .isInstanceOf(NoticeRedelivery.NoRouteException.class);
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(Elements.REDELIVER);
        return incident;
    }

    private List<CaseEvent> eventsOf(String caseNumber, String type) {
        return events.history(caseNumber).stream().filter(e -> e.eventType().equals(type)).toList();
    }
}
