package com.casedesk.notification.email;

import com.casedesk.notification.ChannelSender;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.OutboxMessage;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Notices to complainants by e-mail over SMTP ({@code spring.mail.*}). Active where Spring Boot
 * creates its {@link JavaMailSender}, i.e. when {@code spring.mail.host} is set (a
 * {@code @ConditionalOnBean} on a component would be decided before the auto-configured sender
 * exists); without it EMAIL notices stay in the dev inbox. The outbox recipient is the address; the
 * proof is the SMTP server's acceptance, under our own Message-ID.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class EmailChannel implements ChannelSender {

    private static final Logger LOG = LoggerFactory.getLogger(EmailChannel.class);

    private final MailComposer mail;

    EmailChannel(JavaMailSender sender, EmailProperties properties, Clock clock) {
        this.mail = new MailComposer(sender, properties, clock);
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        String subject = message.subject() != null ? message.subject() : defaultSubject(message);
        MailComposer.Sent sent = mail.send(message.id(), List.of(message.recipient()), subject, message.content(),
                EmailLayout.html(subject, message.content(), null, null));
        // the address is personal data: only the outbox id and the Message-ID are logged
        LOG.info("notice {} for case {} accepted by the SMTP server as {} (outbox {})", message.purpose(),
                message.caseNumber(), sent.messageId(), message.id());
        return NoticeReceipt.accepted(sent.messageId(), sent.acceptedAt());
    }

    /** The subject when the notice's text brings none: what it is, and the case number. */
    static String defaultSubject(OutboxMessage message) {
        return title(message.purpose()) + "（编号" + message.caseNumber() + "）";
    }

    private static String title(NoticePurpose purpose) {
        return switch (purpose) {
            case ACKNOWLEDGEMENT -> "投诉受理告知";
            case DECISION -> "投诉处理结果告知";
            case REVIEW_DECISION -> "投诉核查结果告知";
            case EXTENSION -> "投诉处理期限延长告知";
            case PAUSE -> "投诉处理期限变更告知";
            default -> "投诉处理通知";
        };
    }
}
