package com.casedesk.notification;

import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Writes a notice to the outbox and hands it to the gateway in the same transaction: if delivery
 * fails, nothing is recorded as sent and the calling job is retried. Every proof timestamp set or
 * moved is published as {@link NoticeProved}; a failure a channel reports later as {@link NoticeFailed}.
 * Every outcome is counted ({@code casedesk.notices}, tagged by channel and outcome).
 */
@Service
public class Notifications {

    private final OutboxRepository outbox;
    private final NotificationGateway gateway;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final MeterRegistry meters;

    Notifications(OutboxRepository outbox, NotificationGateway gateway, Clock clock, ApplicationEventPublisher publisher,
                  MeterRegistry meters) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
        this.publisher = publisher;
        this.meters = meters;
    }

    /**
     * A notice given in person (on the spot, on the call), at the time staff record it: its proof, as
     * Art. 21 asks for. No gateway is involved, so it may be recorded inside a user task's transaction.
     */
    public OutboxMessage recordInPerson(String caseNumber, NoticePurpose purpose, String recipient, String content) {
        return recordInPerson(caseNumber, purpose, recipient, content, Instant.now(clock));
    }

    /** As above, told at {@code toldAt} (the time the staff member recorded, not after now). */
    public OutboxMessage recordInPerson(String caseNumber, NoticePurpose purpose, String recipient, String content,
                                        Instant toldAt) {
        Instant now = Instant.now(clock);
        if (toldAt.isAfter(now)) {
            throw invalid("toldAt", "must not be in the future");
        }
        OutboxMessage row = OutboxMessage.draft(caseNumber, purpose, NotificationChannel.IN_PERSON, recipient,
                NoticeText.of(content), now, null);
        count(NotificationChannel.IN_PERSON, "delivered");
        return proved(outbox.save(row.sent(now, NoticeReceipt.delivered("in-person:" + recipient, toldAt, toldAt))));
    }

    public OutboxMessage send(String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                              String recipient, String content) {
        return send(caseNumber, purpose, channel, recipient, NoticeText.of(content), null);
    }

    /**
     * Writes the notice and hands it to its channel. {@code replaces}: the notice whose channel failed
     * and that this one sends again by the next channel (null for a first notice).
     */
    @Transactional
    public OutboxMessage send(String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                              String recipient, NoticeText text, Long replaces) {
        OutboxMessage message = outbox.save(OutboxMessage.draft(caseNumber, purpose, channel, recipient, text,
                Instant.now(clock), replaces));
        NoticeReceipt receipt;
        try {
            receipt = gateway.deliver(message);
        } catch (RuntimeException e) {
            count(channel, "error");
            throw e;
        }
        count(channel, receipt.pending() ? "queued" : "accepted");
        OutboxMessage sent = outbox.save(message.sent(Instant.now(clock), receipt));
        return sent.proofAt() == null ? sent : proved(sent);
    }

    /**
     * The channel accepted a queued notice (a letter posted, at the posting date staff record): it is
     * proved from then on.
     *
     * @throws ResponseStatusException 404 when no notice has that reference
     * @throws InvalidRequestException 400 when the time is in the future or before the notice was queued
     */
    @Transactional
    public OutboxMessage recordAcceptance(String reference, Instant acceptedAt) {
        OutboxMessage notice = byReference(reference);
        Instant now = Instant.now(clock);
        if (acceptedAt == null) {
            throw invalid("acceptedAt", "must be given");
        }
        if (acceptedAt.isAfter(now)) {
            throw invalid("acceptedAt", "must not be in the future");
        }
        if (notice.sentAt() == null || acceptedAt.isBefore(notice.createdAt())) {
            throw invalid("acceptedAt", "must not be before the notice was written (" + notice.createdAt() + ")");
        }
        count(notice.channel(), "accepted");
        return proved(outbox.save(notice.accepted(acceptedAt)));
    }

    /**
     * The channel reports that the notice did not arrive (an SMS receipt FAILED with the provider's
     * code, a letter returned): its proof is gone, and {@link NoticeFailed} is published so the case's
     * owner sends it by the next channel. A notice already reported failed is left as it is.
     *
     * @throws ResponseStatusException 404 when no notice has that reference
     */
    @Transactional
    public OutboxMessage recordFailure(String reference, String failureCode) {
        OutboxMessage notice = byReference(reference);
        if (notice.failedAt() != null) {
            return notice;
        }
        OutboxMessage failed = outbox.save(notice.failed(Instant.now(clock), failureCode));
        count(failed.channel(), "failed");
        publisher.publishEvent(new NoticeFailed(failed.id(), failed.caseNumber(), failed.purpose(), failed.channel(),
                failureCode));
        return failed;
    }

    /**
     * A channel reports, after the fact, that the notice with its reference was delivered (an SMS
     * delivery receipt, a tracked letter signed for): the proof moves to the delivery time.
     *
     * @throws ResponseStatusException 404 when no notice has that reference
     * @throws InvalidRequestException 400 when the time is in the future or before the channel accepted it
     */
    @Transactional
    public OutboxMessage recordDelivery(String reference, Instant deliveredAt) {
        OutboxMessage notice = byReference(reference);
        String problem = DeliveryReceipts.problem(notice.acceptedAt(), deliveredAt, Instant.now(clock));
        if (problem != null) {
            throw invalid("deliveredAt", problem);
        }
        count(notice.channel(), "delivered");
        return proved(outbox.save(notice.delivered(deliveredAt)));
    }

    private OutboxMessage byReference(String reference) {
        return outbox.findFirstByDeliveryReferenceOrderByIdDesc(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notice with this reference"));
    }

    private void count(NotificationChannel channel, String outcome) {
        meters.counter("casedesk.notices", "channel", channel.name(), "outcome", outcome).increment();
    }

    private OutboxMessage proved(OutboxMessage notice) {
        publisher.publishEvent(new NoticeProved(notice.id(), notice.caseNumber(), notice.purpose(), notice.channel(),
                notice.proofAt()));
        return notice;
    }

    private static InvalidRequestException invalid(String field, String message) {
        return new InvalidRequestException(List.of(new FieldProblem(field, message)));
    }
}
