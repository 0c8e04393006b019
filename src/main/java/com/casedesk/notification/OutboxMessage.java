package com.casedesk.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A notice and, once {@code sentAt} is set, the proof that it was sent (Art. 21). */
@Table("outbox_message")
public record OutboxMessage(
        @Id Long id,
        String caseNumber,
        NoticePurpose purpose,
        NotificationChannel channel,
        String recipient,
        String content,
        Instant createdAt,
        Instant sentAt,
        String deliveryReference) {

    OutboxMessage sent(Instant at, String reference) {
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, at, reference);
    }
}
