package com.casedesk.notification.email;

import com.casedesk.notification.ChannelSender;
import com.casedesk.notification.ConfidentialCases;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Staff alerts (INTERNAL notices: reminders, escalations, overdue hand-overs) by e-mail, to the people
 * {@link StaffRecipients} finds, with the case number, the deadline the notice names (and the task's
 * due date) and a link to the task in Tasklist, or to the task list when no open task fits. The text
 * is the service's own: it names no complainant. An alert about a {@link ConfidentialCases
 * confidential} case (a whistleblowing report) says only that a task waits, and the link. One e-mail to
 * all recipients, under one Message-ID (the reference); no recipient at all is an error (the job is
 * retried, then an incident says why). Active, like {@link EmailChannel}, when {@code spring.mail.host}
 * is set; otherwise staff alerts stay in the dev inbox.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class StaffAlertChannel implements ChannelSender {

    static final String CONFIDENTIAL_TEXT = "一项举报处理任务等待您处理 A whistleblowing task is waiting";
    private static final Logger LOG = LoggerFactory.getLogger(StaffAlertChannel.class);
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final MailComposer mail;
    private final StaffRecipients recipients;
    private final List<ConfidentialCases> confidential;
    private final String tasklist;
    private final ZoneId zone;

    StaffAlertChannel(JavaMailSender sender, EmailProperties properties, Clock clock, TaskService tasks,
                      IdentityService identity, List<ConfidentialCases> confidential,
                      @Value("${casedesk.complaint.zone}") ZoneId zone) {
        this.mail = new MailComposer(sender, properties, clock);
        this.recipients = new StaffRecipients(tasks, identity, properties);
        this.confidential = List.copyOf(confidential);
        this.tasklist = properties.tasklistUrl() + "/camunda/app/tasklist/default/";
        this.zone = zone;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.INTERNAL;
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        StaffRecipients.Resolved to = recipients.resolve(message.caseNumber(), message.recipient());
        if (!to.skipped().isEmpty()) {
            LOG.warn("staff alert (outbox {}): users without an e-mail address skipped: {}", message.id(), to.skipped());
        }
        if (to.users().isEmpty()) {
            throw new IllegalStateException("staff alert (outbox " + message.id() + ") reaches nobody: no one for '"
                    + message.recipient() + "' has an e-mail address" + (to.skipped().isEmpty() ? "" : " (skipped: "
                    + to.skipped() + ")") + "; give the users an e-mail address or name the group's head in "
                    + "casedesk.notification.email.group-heads." + message.recipient());
        }
        Alert alert = confidential.stream().anyMatch(c -> c.isConfidential(message.caseNumber()))
                ? confidentialAlert(to.task()) : alert(message, to.task());
        MailComposer.Sent sent = mail.send(message.id(), to.users().stream().map(User::getEmail).toList(),
                alert.subject(), alert.text(), EmailLayout.html(alert.subject(), alert.body(), alert.link(), "在 Tasklist 中打开"));
        LOG.info("staff alert (outbox {}) accepted by the SMTP server as {} for {} recipient(s)", message.id(),
                sent.messageId(), to.users().size());
        return NoticeReceipt.accepted(sent.messageId(), sent.acceptedAt());
    }

    /** {@code body}: the paragraphs of the HTML part (the link is its button); {@code text}: the plain-text part. */
    record Alert(String subject, String body, String link) {

        String text() {
            return body + "\n\n" + link;
        }
    }

    Alert alert(OutboxMessage message, Task task) {
        String subject = message.subject() != null ? message.subject() + "（编号" + message.caseNumber() + "）"
                : title(message.purpose()) + "案件" + message.caseNumber();
        StringBuilder body = new StringBuilder(message.content()).append("\n\n案件编号：").append(message.caseNumber());
        if (task != null) {
            body.append("\n待办任务：").append(task.getName());
            if (task.getDueDate() != null) {
                body.append("\n任务期限：").append(DUE.format(task.getDueDate().toInstant().atZone(zone)));
            }
        } else {
            body.append("\n未找到该案件的待办任务，请在任务列表中查看。");
        }
        return new Alert(subject, body.toString(), link(task));
    }

    /** Nothing from the notice, not even the report number: that a task waits, and where. */
    Alert confidentialAlert(Task task) {
        return new Alert(CONFIDENTIAL_TEXT, CONFIDENTIAL_TEXT, link(task));
    }

    String link(Task task) {
        return task == null ? tasklist + "#/" : tasklist + "#/?task=" + task.getId();
    }

    private static String title(NoticePurpose purpose) {
        return switch (purpose) {
            case REMINDER -> "【期限提醒】";
            case LEVEL_ALERT -> "【投诉预警】";
            case MANAGEMENT_REPORT -> "【投诉报告】";
            case RECTIFICATION -> "【整改提醒】";
            case ESCALATION -> "【督办提醒】";
            default -> "【待办通知】";
        };
    }
}
