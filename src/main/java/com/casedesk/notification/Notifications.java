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

    /**
     * A notice given in person (on the spot, on the call): recorded as sent now, as the proof Art. 21
     * asks for; no gateway is involved, so it may be recorded inside a user task's transaction.
     */
    public OutboxMessage recordInPerson(String caseNumber, NoticePurpose purpose, String recipient, String content) {
        Instant now = Instant.now(clock);
        return outbox.save(new OutboxMessage(null, caseNumber, purpose, NotificationChannel.IN_PERSON, recipient, content,
                now, now, "in-person:" + recipient));
    }

    public OutboxMessage send(String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                              String recipient, String content) {
        OutboxMessage message = outbox.save(new OutboxMessage(null, caseNumber, purpose, channel, recipient, content,
                Instant.now(clock), null, null));
        String reference = gateway.deliver(message);
        return outbox.save(message.sent(Instant.now(clock), reference));
    }
}
