package com.casedesk.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticeStaffAlertProcess.Elements;
import com.casedesk.notification.NoticeStaffAlertProcess.Vars;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.NoticeServers;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.casedesk.whistleblowing.WbProcess;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code notice-staff-alert}: an escalation or exception task (marked {@code staffAlert} in its model)
 * alerts its people by e-mail through the real SMTP channel (GreenMail of {@link NoticeServers}), with the
 * case number and the link to that task; a whistleblowing escalation says only that a task waits; a task
 * done before the job runs is told to nobody; a channel that is down is retried, then an incident.
 * Not a *ProcessTest: it drives the complaint and whistleblowing models to their escalations; the alert
 * model's coverage is measured in {@link NoticeStaffAlertProcessTest}.
 */
@PostgresTest
class EscalationAlertEmailTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/";

    @Autowired ProcessEngine engine;
    @Autowired EngineDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintIntake intake;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;

    GreenMail smtp;

    @BeforeEach
    void setUp() throws Exception {
        AbstractAssertions.init(engine);
        smtp = NoticeServers.smtp();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void channelsBack() throws Exception {
        gateway.useRealChannels(false);
        gateway.setDown(false);
        smtp.purgeEmailFromAllMailboxes();
        ClockUtil.reset();
    }

    @Test
    void aMissedReplyDeadlineEmailsTheEscalationGroupWithTheCaseNumberAndTheLinkToTheTask() throws Exception {
        ProcessInstance complaint = overdueComplaint();
        String caseNumber = complaint.getBusinessKey();
        Task supervise = driver.task(complaint, ComplaintProcess.Elements.SUPERVISE);

        ProcessInstance alert = alertOf(supervise);
        assertThat(alert.getBusinessKey()).isEqualTo(caseNumber);
        assertThat(alert).isWaitingAt(Elements.SEND_ALERT).hasPassed(Elements.TASK_CREATED);
        assertThat(alert).variables().containsOnlyKeys(Vars.TASK_ID.name());
        assertThat(escalations(caseNumber)).as("nothing sent in the transaction that created the task").isEmpty();

        gateway.useRealChannels(true);
        managementService.executeJob(job(alert).getId());

        assertThat(alert).isEnded().hasPassedInOrder(Elements.TASK_CREATED, Elements.SEND_ALERT, Elements.ALERTED);
        MimeMessage mail = single();
        assertThat(to(mail)).contains("supervisor@casedesk.example", "supervisor2@casedesk.example");
        String text = part(mail, "text/plain");
        assertThat(mail.getSubject()).contains("督办提醒").contains(caseNumber).contains(supervise.getName());
        assertThat(text).contains(caseNumber).contains(supervise.getName()).contains("任务期限")
                .contains(TASKLIST + "?task=" + supervise.getId());
        for (String part : List.of(mail.getSubject(), text, part(mail, "text/html"))) {
            assertThat(part).doesNotContain("张三").doesNotContain("13800138000").doesNotContain("zhang@example.com");
        }
        assertThat(escalations(caseNumber)).singleElement().satisfies(m -> {
            assertThat(m.channel()).isEqualTo(NotificationChannel.INTERNAL);
            assertThat(m.recipient()).isEqualTo("complaint-supervisor");
            assertThat(m.deliveryReference()).isEqualTo(mail.getMessageID());
        });
    }

    @Test
    void aWhistleblowingEscalationSaysOnlyThatATaskWaitsAndNamesNoReport() throws Exception {
        ProcessInstance report = investigating();
        String number = report.getBusinessKey();
        driver.executeJob(report, WbProcess.Elements.OVERDUE);
        Task escalate = driver.task(report, WbProcess.Elements.ESCALATE);

        ProcessInstance alert = alertOf(escalate);
        assertThat(alert.getBusinessKey()).as("the alert's instances must not tell which reports exist").isNull();
        assertThat(alert).variables().containsOnlyKeys(Vars.TASK_ID.name());

        gateway.useRealChannels(true);
        managementService.executeJob(job(alert).getId());

        assertThat(alert).isEnded().hasPassed(Elements.ALERTED);
        MimeMessage mail = single();
        assertThat(to(mail)).contains("wb-committee@casedesk.example")
                .doesNotContain("wb-intake@casedesk.example", "supervisor@casedesk.example");
        String link = TASKLIST + "?task=" + escalate.getId();
        assertThat(part(mail, "text/plain")).contains(link);
        String raw = new String(mail.getRawInputStream().readAllBytes()) + Arrays.toString(mail.getHeader("Subject"));
        for (String part : List.of(mail.getSubject(), part(mail, "text/plain"), part(mail, "text/html"), raw)) {
            assertThat(part).doesNotContain(number).doesNotContain(escalate.getName()).doesNotContain("某分行");
        }
        assertThat(escalations(number)).singleElement().satisfies(m ->
                assertThat(m.content()).doesNotContain(number).doesNotContain(escalate.getName()));
    }

    @Test
    void aTaskDoneBeforeTheJobRunsIsToldToNobody() throws Exception {
        ProcessInstance complaint = overdueComplaint();
        Task supervise = driver.task(complaint, ComplaintProcess.Elements.SUPERVISE);
        ProcessInstance alert = alertOf(supervise);
        driver.as("supervisor", () -> taskService.complete(supervise.getId(),
                withVariables("supervisionNote", "已督促当日答复")));

        gateway.useRealChannels(true);
        managementService.executeJob(job(alert).getId());

        assertThat(alert).isEnded().hasPassed(Elements.ALERTED);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(alert.getId()).count()).isZero();
        assertThat(escalations(complaint.getBusinessKey())).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aChannelThatIsDownIsRetriedThenAnIncidentAndTheTaskIsUntouched() {
        ProcessInstance complaint = overdueComplaint();
        Task supervise = driver.task(complaint, ComplaintProcess.Elements.SUPERVISE);
        ProcessInstance alert = alertOf(supervise);

        gateway.setDown(true);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(runtimeService.createIncidentQuery().processInstanceId(alert.getId()).count())
                    .as("no incident before the last retry").isZero();
            assertThatThrownBy(() -> managementService.executeJob(job(alert).getId())).hasMessageContaining("is down");
        }

        Incident incident = runtimeService.createIncidentQuery().processInstanceId(alert.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo(Elements.SEND_ALERT);
        assertThat(escalations(complaint.getBusinessKey())).as("no half-sent alert").isEmpty();
        assertThat(driver.task(complaint, ComplaintProcess.Elements.SUPERVISE).getId()).isEqualTo(supervise.getId());

        gateway.setDown(false);
        managementService.setJobRetries(job(alert).getId(), 1);
        managementService.executeJob(job(alert).getId());
        assertThat(alert).isEnded();
        assertThat(escalations(complaint.getBusinessKey())).hasSize(1);
    }

    /** A complaint whose reply deadline passed: 逾期督办 is open for its escalation group. */
    private ProcessInstance overdueComplaint() {
        at(2026, 11, 2, 9, 0);
        String caseNumber = intake.register(Complaints.ordinary(), null, "test", "frontline").receipt().caseNumber();
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.executeJob(pi, ComplaintProcess.Elements.ACKNOWLEDGE);
        at(2026, 11, 10, 9, 0);
        driver.executeJob(pi, ComplaintProcess.Elements.DEADLINE_TIMER);
        return pi;
    }

    /** A report admitted and under investigation, started as the intake starts it. */
    private ProcessInstance investigating() {
        at(2026, 11, 2, 10, 0);
        String number = "JB20261102" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        Map<String, Object> vars = new HashMap<>();
        vars.put(WbProcess.Vars.REPORT_NUMBER.name(), number);
        vars.put(WbProcess.Vars.PSEUDONYM.name(), "举报人-" + number.substring(10));
        vars.put(WbProcess.Vars.ANONYMOUS.name(), false);
        vars.put(WbProcess.Vars.RECEIVED_AT.name(), ClockUtil.getCurrentTime());
        vars.put(WbProcess.Vars.REPORTED_UNIT.name(), "某分行营业部");
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(WbProcess.KEY, number, vars);
        driver.executeJob(pi, WbProcess.Elements.ACKNOWLEDGE);
        Task assess = driver.task(pi, WbProcess.Elements.ASSESS);
        driver.as("wb-intake", () -> {
            taskService.claim(assess.getId(), "wb-intake");
            taskService.complete(assess.getId(), Map.of(WbProcess.Vars.AUTHENTICITY.name(), "CREDIBLE",
                    WbProcess.Vars.URGENCY.name(), "NORMAL", WbProcess.Vars.ADMISSIBILITY.name(), "ADMITTED"));
        });
        driver.executeJob(pi, WbProcess.Elements.TELL_ACCEPTANCE);
        return pi;
    }

    private ProcessInstance alertOf(Task task) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY)
                .variableValueEquals(Vars.TASK_ID.name(), task.getId()).singleResult();
    }

    private Job job(ProcessInstance alert) {
        return managementService.createJobQuery().processInstanceId(alert.getId()).activityId(Elements.SEND_ALERT)
                .singleResult();
    }

    private List<OutboxMessage> escalations(String caseNumber) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream()
                .filter(m -> m.purpose() == NoticePurpose.ESCALATION).toList();
    }

    private static void at(int year, int month, int day, int hour, int minute) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SHANGHAI).toInstant()));
    }

    private MimeMessage single() throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).isNotEmpty();
        // GreenMail keeps one copy per recipient: one message, one Message-ID
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(1);
        return received[0];
    }

    private static List<String> to(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                return ((String) parts.getBodyPart(i).getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
