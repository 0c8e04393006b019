package com.casedesk.notification;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A notice and, once {@code sentAt} is set, the proof that it was sent (Art. 21). {@code proofAt}
 * is the one timestamp that proves it: {@code deliveredAt} where the channel reported delivery, else
 * {@code acceptedAt} ({@link NoticeReceipt#proofAt}). A letter is sent (queued for printing) without
 * being accepted: its acceptance, and so its proof, is the posting date staff record later.
 * {@code failedAt}/{@code failureCode}: the channel reported that it did not arrive; a notice sent by
 * the next channel then names this one in {@code replacesId}.
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
        Instant proofAt,
        String subject,
        String contentHash,
        Instant failedAt,
        String failureCode,
        Long replacesId) {

    static OutboxMessage draft(String caseNumber, NoticePurpose purpose, NotificationChannel channel, String recipient,
                               NoticeText text, Instant now, Long replacesId) {
        return new OutboxMessage(null, caseNumber, purpose, channel, recipient, text.body(), now, null, null, null,
                null, null, text.subject(), text.hash(), null, null, replacesId);
    }

    OutboxMessage sent(Instant at, NoticeReceipt receipt) {
        Instant accepted = receipt.pending() ? null : receipt.acceptedAt() != null ? receipt.acceptedAt() : at;
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, at,
                receipt.reference(), accepted, receipt.deliveredAt(), NoticeReceipt.proofAt(accepted, receipt.deliveredAt()),
                subject, contentHash, failedAt, failureCode, replacesId);
    }

    OutboxMessage accepted(Instant at) {
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, sentAt,
                deliveryReference, at, deliveredAt, NoticeReceipt.proofAt(at, deliveredAt),
                subject, contentHash, failedAt, failureCode, replacesId);
    }

    OutboxMessage delivered(Instant at) {
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, sentAt,
                deliveryReference, acceptedAt, at, NoticeReceipt.proofAt(acceptedAt, at),
                subject, contentHash, failedAt, failureCode, replacesId);
    }

    /** The channel reports it did not arrive: it proves nothing any more. */
    OutboxMessage failed(Instant at, String code) {
        return new OutboxMessage(id, caseNumber, purpose, channel, recipient, content, createdAt, sentAt,
                deliveryReference, acceptedAt, null, null, subject, contentHash, at, code, replacesId);
    }
}
