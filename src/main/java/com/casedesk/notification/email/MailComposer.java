package com.casedesk.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Builds and sends one e-mail: UTF-8, the subject MIME-encoded, multipart/alternative with the plain
 * text first and the HTML laid out by {@link EmailLayout}; the sender and reply-to from
 * {@link EmailProperties}. The Message-ID is ours ({@code <outbox-<id>.<uuid>@casedesk>}) and is the
 * notice's reference: JavaMailSenderImpl keeps a Message-ID set before sending, so the reference names
 * the very message the SMTP server accepted. A {@link org.springframework.mail.MailException} (refused,
 * unreachable) is thrown on: the job is retried, then becomes an incident.
 */
final class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender sender;
    private final EmailProperties properties;
    private final Clock clock;

    MailComposer(JavaMailSender sender, EmailProperties properties, Clock clock) {
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
    }

    /** A sent message: its Message-ID (the reference) and when the server accepted it. */
    record Sent(String messageId, Instant acceptedAt) {
    }

    Sent send(long outboxId, List<String> to, String subject, String text, String html) {
        String messageId = "<outbox-" + outboxId + "." + UUID.randomUUID() + "@casedesk>";
        MimeMessage message = sender.createMimeMessage();
        try {
            message.setFrom(address(properties.from()));
            if (properties.replyTo() != null && !properties.replyTo().isBlank()) {
                message.setReplyTo(new InternetAddress[] {address(properties.replyTo())});
            }
            for (String recipient : to) {
                message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
            }
            message.setSubject(subject, UTF_8);
            message.setSentDate(Date.from(Instant.now(clock)));
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, UTF_8, "plain");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, UTF_8, "html");
            message.setContent(new MimeMultipart("alternative", plain, rich));
            message.setHeader("Message-ID", messageId);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("cannot build the e-mail of outbox " + outboxId, e);
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            throw redacted(outboxId, e, to);
        }
        return new Sent(messageId, Instant.now(clock));
    }

    /**
     * The failure as the job, the incident in Cockpit and the job executor's log will show it: the SMTP
     * server's reply and the kind of error, without the addresses (a complainant's is personal data; a
     * refusal such as {@code 550 <x@y>: Recipient address rejected} names it), and without the original
     * exception, whose messages would name them again.
     */
    static MailSendException redacted(long outboxId, MailException failure, List<String> to) {
        StringBuilder why = new StringBuilder();
        for (Throwable t = failure; t != null && why.length() < 2000; t = t.getCause()) {
            why.append(why.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                why.append(": ").append(t.getMessage().strip());
            }
        }
        String text = why.toString();
        for (String address : to) {
            text = text.replace(address, "<recipient>");
        }
        MailSendException redacted = new MailSendException("e-mail of outbox " + outboxId + " not accepted: " + text);
        redacted.setStackTrace(failure.getStackTrace());
        return redacted;
    }

    /** An address with a Chinese display name, encoded in UTF-8 (RFC 2047). */
    static InternetAddress address(String configured) throws MessagingException, UnsupportedEncodingException {
        InternetAddress parsed = new InternetAddress(configured, false);
        return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
    }
}
