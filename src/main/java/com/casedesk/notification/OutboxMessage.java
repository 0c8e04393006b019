package com.casedesk.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A notice and, once {@code sentAt} is set, the proof that it was sent (Art. 21). {@code proofAt}
 * is the one timestamp that proves it: {@code deliveredAt} where the channel reported delivery, else
 * {@code acceptedAt} ({@link NoticeReceipt#proofAt}).
 */
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
        String deliveryReference,
        Instant acceptedAt,
        Instant deliveredAt,
        Instant proofAt) {

    OutboxMessage sent(Instant at, NoticeReceipt receipt) {
        Instant accepted = receipt.acceptedAt() != null ? receipt.acceptedAt() : at;
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, at,
                receipt.reference(), accepted, receipt.deliveredAt(), NoticeReceipt.proofAt(accepted, receipt.deliveredAt()));
    }

    OutboxMessage delivered(Instant at) {
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, sentAt,
                deliveryReference, acceptedAt, at, NoticeReceipt.proofAt(acceptedAt, at));
    }
}
