package com.casedesk.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.security.StaffGroups;
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
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff alerts by e-mail through the real SMTP channel (GreenMail of {@link NoticeServers}): to the
 * people of the alerted group (or whoever holds the task), with the case number and the link to the
 * task in Tasklist, and nothing of the complainant; a whistleblowing alert says only that a task waits.
 */
@PostgresTest
class StaffAlertEmailTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TASKLIST = "http://localhost:8080/camunda/app/tasklist/default/#/";

    @Autowired EngineDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired ComplaintIntake intake;
    @Autowired Notifications notifications;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;
    @Autowired TransactionTemplate transactions;

    GreenMail smtp;

    @BeforeEach
    void realChannels() throws Exception {
        smtp = NoticeServers.smtp();
        smtp.purgeEmailFromAllMailboxes();
        gateway.useRealChannels(true);
    }

    @AfterEach
    void channelsBack() throws Exception {
        gateway.useRealChannels(false);
        smtp.purgeEmailFromAllMailboxes();
        ClockUtil.reset();
    }

    @Test
    void aLevel1DepartmentHeadAlertReachesTheSupervisorsWithTheLinkAndNoComplainantData() throws Exception {
        ProcessInstance pi = registered(Complaints.with(Channel.ONLINE, new BigDecimal("600000"), Set.of(), 1));
        String caseNumber = pi.getBusinessKey();
        driver.executeJob(pi, Elements.NOTIFY_DEPARTMENT_HEAD);

        MimeMessage mail = single();
        assertThat(to(mail)).contains("supervisor@casedesk.example", "supervisor2@casedesk.example")
                .allMatch(a -> a.endsWith("@casedesk.example"));
        String subject = mail.getSubject();
        String text = part(mail, "text/plain");
        String html = part(mail, "text/html");
        assertThat(subject).contains(caseNumber);
        for (String part : List.of(text, html)) {
            assertThat(part).contains(caseNumber).contains("一级投诉").contains("答复期限").contains(TASKLIST);
        }
        // the alert runs before the department head's task exists: the link opens the task list
        assertThat(text).contains("未找到该案件的待办任务").doesNotContain("?task=");
        for (String part : List.of(subject, text, html)) {
            assertThat(part).doesNotContain("张三").doesNotContain("13800138000").doesNotContain("zhang@example.com")
                    .doesNotContain("1101011990");
        }
        assertThat(outbox.findAll()).filteredOn(m -> m.caseNumber().equals(caseNumber)
                        && m.purpose() == NoticePurpose.LEVEL_ALERT)
                .singleElement().satisfies(m -> {
                    assertThat(m.channel()).isEqualTo(NotificationChannel.INTERNAL);
                    assertThat(m.deliveryReference()).isEqualTo(mail.getMessageID());
                });
    }

    @Test
    void aWhistleblowingReminderSaysOnlyThatATaskWaitsWithItsLinkToTheInvestigators() throws Exception {
        ProcessInstance pi = investigating();
        String number = pi.getBusinessKey();
        Task investigation = driver.task(pi, WbProcess.Elements.INVESTIGATE);
        driver.executeJob(pi, WbProcess.Elements.REMINDER);
        driver.executeJob(pi, WbProcess.Elements.REMIND);

        MimeMessage mail = single();
        assertThat(to(mail)).contains("wb-investigator@casedesk.example", "wb-investigator2@casedesk.example")
                .doesNotContain("wb-intake@casedesk.example", "wb-committee@casedesk.example");
        assertThat(mail.getSubject()).isEqualTo(StaffAlertChannel.CONFIDENTIAL_TEXT);
        String link = "http://localhost:8080/camunda/app/tasklist/default/#/?task=" + investigation.getId();
        assertThat(part(mail, "text/plain")).isEqualTo(StaffAlertChannel.CONFIDENTIAL_TEXT + "\n\n" + link);
        assertThat(part(mail, "text/html")).contains(StaffAlertChannel.CONFIDENTIAL_TEXT).contains(link.replace("&", "&amp;"));
        String raw = new String(mail.getRawInputStream().readAllBytes()) + Arrays.toString(mail.getHeader("Subject"));
        for (String part : List.of(mail.getSubject(), part(mail, "text/plain"), part(mail, "text/html"), raw)) {
            assertThat(part).doesNotContain(number).doesNotContain("调查意见").doesNotContain("某分行");
        }
    }

    @Test
    void anAlertAboutATaskSomeoneHoldsGoesToThatPersonOnly() throws Exception {
        ProcessInstance pi = investigating();
        Task investigation = driver.task(pi, WbProcess.Elements.INVESTIGATE);
        driver.as("wb-investigator2", () -> taskService.claim(investigation.getId(), "wb-investigator2"));
        driver.executeJob(pi, WbProcess.Elements.REMINDER);
        driver.executeJob(pi, WbProcess.Elements.REMIND);

        assertThat(to(single())).containsExactly("wb-investigator2@casedesk.example");
    }

    @Test
    void aGroupWithoutAnyoneReachableLeavesTheNoticeUnsentWithAClearMessage() {
        String group = "alert-test-" + ThreadLocalRandom.current().nextInt(1_000_000);
        identityService.saveGroup(identityService.newGroup(group));
        var user = identityService.newUser(group + "-member");
        identityService.saveUser(user);
        identityService.createMembership(user.getId(), group);
        try {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.send("TS20261202999999",
                    NoticePurpose.REMINDER, NotificationChannel.INTERNAL, group, "提醒")))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("reaches nobody")
                    .hasMessageContaining(user.getId()).hasMessageContaining("group-heads." + group);
            assertThat(smtp.getReceivedMessages()).isEmpty();
        } finally {
            identityService.deleteMembership(user.getId(), group);
            identityService.deleteUser(user.getId());
            identityService.deleteGroup(group);
        }
    }

    @Test
    void aGroupWhoseMembersHaveNoAddressFallsToItsHead() {
        String group = "alert-test-" + ThreadLocalRandom.current().nextInt(1_000_000);
        identityService.saveGroup(identityService.newGroup(group));
        var user = identityService.newUser(group + "-member");
        identityService.saveUser(user);
        identityService.createMembership(user.getId(), group);
        try {
            StaffRecipients recipients = new StaffRecipients(taskService, identityService, new EmailProperties(
                    "x <x@example.com>", null, "http://localhost:8080", Map.of(group, "supervisor")));
            StaffRecipients.Resolved resolved = recipients.resolve("TS20261202999998", group);
            assertThat(resolved.users()).extracting(org.camunda.bpm.engine.identity.User::getId).containsExactly("supervisor");
            assertThat(resolved.skipped()).containsExactly(user.getId());
            assertThat(resolved.task()).isNull();
        } finally {
            identityService.deleteMembership(user.getId(), group);
            identityService.deleteUser(user.getId());
            identityService.deleteGroup(group);
        }
    }

    private ProcessInstance registered(com.casedesk.complaint.ComplaintSubmission submission) {
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
    }

    /** A report admitted and under investigation, started as the intake starts it. */
    private ProcessInstance investigating() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, SHANGHAI).toInstant()));
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
        // the reporter was told twice, through the mailbox only: nothing left by e-mail (or any other channel)
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(outbox.findAll()).noneMatch(m -> m.caseNumber().equals(number));
        smtp.purgeEmailFromAllMailboxes();
        return pi;
    }

    private MimeMessage single() throws Exception {
        MimeMessage[] received = smtp.getReceivedMessages();
        // GreenMail keeps one copy per recipient: one message, one Message-ID
        assertThat(Arrays.stream(received).map(m -> {
            try {
                return m.getMessageID();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(1);
        assertThat(received[0].getContentType()).startsWith("multipart/alternative");
        return received[0];
    }

    private static List<String> to(MimeMessage mail) throws Exception {
        return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                // SMTP carries CRLF line ends
                return ((String) parts.getBodyPart(i).getContent()).replace("\r\n", "\n");
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
