package com.casedesk.notification;

import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Writes a notice to the outbox and hands it to the gateway in the same transaction: if delivery
 * fails, nothing is recorded as sent and the calling job is retried.
 */
@Service
public class Notifications {

    private final OutboxRepository outbox;
    private final NotificationGateway gateway;
    private final Clock clock;

    Notifications(OutboxRepository outbox, NotificationGateway gateway, Clock clock) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
    }

    public OutboxMessage send(String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                              String recipient, String content) {
        OutboxMessage message = outbox.save(new OutboxMessage(null, caseNumber, purpose, channel, recipient, content,
                Instant.now(clock), null, null));
        String reference = gateway.deliver(message);
        return outbox.save(message.sent(Instant.now(clock), reference));
    }
}
