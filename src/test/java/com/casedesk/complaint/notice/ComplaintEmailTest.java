package com.casedesk.complaint.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.support.Complaints;
import com.casedesk.support.EngineDriver;
import com.casedesk.support.NoticeServers;
import com.casedesk.support.PostgresTest;
import com.casedesk.support.TestNotificationGateway;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A complaint that came by e-mail, without a phone number, is answered by e-mail through the real SMTP
 * channel (GreenMail of {@link NoticeServers}): each notice arrives once, to the complainant's address,
 * with the case number, a decoded Chinese subject and a plain-text and an HTML part. A server that
 * refuses or is down leaves the job to be retried, then an incident; after repair exactly one e-mail.
 */
@PostgresTest
class ComplaintEmailTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired EngineDriver driver;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired ComplaintIntake intake;
    @Autowired ComplaintActions actions;
    @Autowired StatutoryClock statutoryClock;
    @Autowired OutboxRepository outbox;
    @Autowired TestNotificationGateway gateway;
    @Autowired JavaMailSender mailSender;

    GreenMail smtp;
    String address;
    JavaMailSenderImpl sender;
    Properties configuredProperties;

    @BeforeEach
    void realChannels() throws Exception {
        smtp = NoticeServers.smtp();
        smtp.purgeEmailFromAllMailboxes();
        sender = (JavaMailSenderImpl) mailSender;
        configuredProperties = (Properties) sender.getJavaMailProperties().clone();
        address = "complainant-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        gateway.useRealChannels(true);
    }

    @AfterEach
    void channelsAndServerBack() throws Exception {
        gateway.useRealChannels(false);
        // the tests' SMTP settings have no login (NoticeServers)
        sender.setUsername(null);
        sender.setPassword(null);
        sender.setJavaMailProperties(configuredProperties);
        sender.setPort(smtp.getSmtp().getPort());
        if (smtp.getUserManager().getUser("casedesk") != null) {
            smtp.getUserManager().deleteUser(smtp.getUserManager().getUser("casedesk"));
        }
        smtp.purgeEmailFromAllMailboxes();
        ClockUtil.reset();
    }

    @Test
    void theAcknowledgementOfAnEmailComplaintArrivesOnceByEmail() throws Exception {
        ProcessInstance pi = registerByEmail(new BigDecimal("12000.00"));
        String caseNumber = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).contains("受理").contains(caseNumber);
        assertThat(text(mail)).contains(caseNumber).contains("已受理");
        assertThat(html(mail)).contains(caseNumber).contains("<p");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("投诉处理中心");
        OutboxMessage sent = notice(caseNumber, NoticePurpose.ACKNOWLEDGEMENT);
        assertThat(sent.channel()).isEqualTo(NotificationChannel.EMAIL);
        assertThat(sent.recipient()).isEqualTo(address);
        assertThat(sent.deliveryReference()).isEqualTo(mail.getMessageID()).startsWith("<outbox-" + sent.id() + ".");
        assertThat(sent.acceptedAt()).isNotNull();
        assertThat(sent.proofAt()).isEqualTo(sent.acceptedAt());
    }

    @Test
    void theDecisionNoticeArrivesWithTheArticle19Remedies() throws Exception {
        ProcessInstance pi = registerByEmail(new BigDecimal("12000.00"));
        String caseNumber = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        smtp.purgeEmailFromAllMailboxes();
        decide(pi);
        driver.executeJob(pi, Elements.SEND_DECISION);

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).contains("处理结果").contains(caseNumber);
        for (String part : List.of(text(mail), html(mail))) {
            assertThat(part).contains(caseNumber).contains("核查").contains("调解").contains("仲裁").contains("诉讼")
                    .contains("部分支持");
        }
        assertThat(notice(caseNumber, NoticePurpose.DECISION).deliveryReference()).isEqualTo(mail.getMessageID());
    }

    @Test
    void anExtensionNoticeArrivesOnce() throws Exception {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 10, 18, 9, 0, 0, 0, SHANGHAI).toInstant()));
        ProcessInstance pi = registerByEmail(new BigDecimal("12000.00"));
        String caseNumber = pi.getBusinessKey();
        driver.executeJob(pi, Elements.ACKNOWLEDGE);
        smtp.purgeEmailFromAllMailboxes();
        statutoryClock.classifyComplex(caseNumber);
        driver.asApiUser("executive", () -> actions.requestExtension(caseNumber, "需等待监管部门协查结果"));
        ProcessInstance extension = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint-extension")
                .processInstanceBusinessKey(caseNumber).singleResult();
        driver.as("executive2", () -> taskService.complete(taskService.createTaskQuery()
                .processInstanceId(extension.getId()).singleResult().getId(),
                withVariables("extensionApproved", "true", "approvalNote", "同意延期")));
        managementService.executeJob(managementService.createJobQuery().processInstanceId(extension.getId())
                .singleResult().getId());

        MimeMessage mail = onlyMailTo(address);
        assertThat(mail.getSubject()).contains("延长").contains(caseNumber);
        assertThat(text(mail)).contains(caseNumber).contains("延长至");
        assertThat(html(mail)).contains(caseNumber).contains("延长至");
    }

    @Test
    void aServerThatRefusesLeavesAnIncidentAndAfterRepairOneEmailArrives() throws Exception {
        ProcessInstance pi = registerByEmail(new BigDecimal("12000.00"));
        // the service logs in as a user the SMTP server does not know: 535 on every attempt
        sender.setUsername("casedesk");
        sender.setPassword("s3cret");
        Properties auth = new Properties();
        auth.setProperty("mail.smtp.auth", "true");
        sender.setJavaMailProperties(auth);

        Job job = failUntilIncident(pi, "535");

        smtp.setUser("casedesk", "casedesk", "s3cret"); // the account is set up on the server
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(notice(pi.getBusinessKey(), NoticePurpose.ACKNOWLEDGEMENT).deliveryReference())
                .isEqualTo(mailsTo(address).get(0).getMessageID());
    }

    @Test
    void aServerThatIsDownLeavesAnIncidentAndAfterRestartOneEmailArrives() throws Exception {
        ProcessInstance pi = registerByEmail(new BigDecimal("12000.00"));
        smtp.stop();
        Job job;
        try {
            job = failUntilIncident(pi, "Connection refused");
        } finally {
            smtp.start();
            // a restarted GreenMail listens on a new free port: the service is pointed at it, as after a move
            sender.setPort(smtp.getSmtp().getPort());
        }
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId());
        assertThat(mailsTo(address)).hasSize(1);
        assertThat(outbox.findAll()).filteredOn(m -> m.caseNumber().equals(pi.getBusinessKey())
                && m.purpose() == NoticePurpose.ACKNOWLEDGEMENT && m.sentAt() != null).hasSize(1);
    }

    /**
     * Executes the acknowledgement job until it has no retries left; each attempt fails with a mail
     * error whose cause says {@code why} (the server's reply, or the refused connection).
     */
    private Job failUntilIncident(ProcessInstance pi, String why) {
        Job job = driver.job(pi, Elements.ACKNOWLEDGE);
        for (int attempt = 0; attempt < 10 && runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count() == 0;
             attempt++) {
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(MailException.class)
                    .hasMessageContaining(why).hasNoCause()
                    .message().doesNotContain(address);
            assertThat(mailsTo(address)).isEmpty();
        }
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getActivityId())
                .isEqualTo(Elements.ACKNOWLEDGE);
        assertThat(outbox.findAll()).filteredOn(m -> m.caseNumber().equals(pi.getBusinessKey()) && m.sentAt() != null)
                .isEmpty();
        return job;
    }

    private ProcessInstance registerByEmail(BigDecimal amount) {
        ComplaintSubmission submission = new ComplaintSubmission(Channel.EMAIL,
                new ComplaintSubmission.Complainant("张三", Complaints.newIdNumber(), null, address),
                new ComplaintSubmission.Respondent("朝阳支行", "李四"), BusinessLine.INSURANCE,
                ComplaintCategory.CLAIM_DISPUTE, "要求全额赔付", "2026年10月申请理赔，至今未获答复。", amount, Set.of(), 1);
        String caseNumber = intake.register(submission, null, "test", "frontline").receipt().caseNumber();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey(ComplaintProcess.KEY).singleResult();
    }

    private void decide(ProcessInstance pi) {
        taskService.complete(driver.task(pi, Elements.FRONTLINE_RESOLVE).getId(),
                withVariables(Vars.RESOLVED_ON_SPOT.name(), "false"));
        taskService.complete(driver.task(pi, Elements.INVESTIGATE).getId(), withVariables(
                Vars.FINDINGS.name(), "理赔材料已于11月1日补齐，审核超期。", Vars.ROOT_CAUSE.name(), "RULES_AND_PROCEDURES"));
        driver.asMemberOf("supervisor", List.of("complaint-supervisor", "complaint-frontline"), () ->
                taskService.complete(driver.task(pi, Elements.DECIDE).getId(), withVariables(
                        Vars.RESULT.name(), "PARTIALLY_UPHELD", Vars.RESOLUTION.name(), "依据保险合同第5条，赔付已核定部分。",
                        Vars.COMPENSATION_AMOUNT.name(), 3000.0)));
    }

    private OutboxMessage notice(String caseNumber, NoticePurpose purpose) {
        return StreamSupport.stream(outbox.findAll().spliterator(), false)
                .filter(m -> m.caseNumber().equals(caseNumber) && m.purpose() == purpose).reduce((a, b) -> b)
                .orElseThrow();
    }

    private List<MimeMessage> mailsTo(String to) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(to));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage onlyMailTo(String to) throws Exception {
        List<MimeMessage> mails = mailsTo(to);
        assertThat(mails).as("e-mails to the complainant").hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getContentType()).startsWith("multipart/alternative");
        assertThat(mail.getHeader("Subject")[0]).as("MIME-encoded on the wire").startsWith("=?UTF-8?");
        return mail;
    }

    private static String text(MimeMessage mail) throws Exception {
        return part(mail, "text/plain");
    }

    private static String html(MimeMessage mail) throws Exception {
        return part(mail, "text/html");
    }

    private static String part(MimeMessage mail, String type) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType(type)) {
                assertThat(parts.getBodyPart(i).getContentType()).containsIgnoringCase("charset=UTF-8");
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("no " + type + " part");
    }
}
