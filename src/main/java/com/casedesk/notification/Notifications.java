package com.casedesk.notification;

import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
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
 * moved is published as {@link NoticeProved}.
 */
@Service
public class Notifications {

    private final OutboxRepository outbox;
    private final NotificationGateway gateway;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    Notifications(OutboxRepository outbox, NotificationGateway gateway, Clock clock, ApplicationEventPublisher publisher) {
        this.outbox = outbox;
        this.gateway = gateway;
        this.clock = clock;
        this.publisher = publisher;
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
        OutboxMessage row = new OutboxMessage(null, caseNumber, purpose, NotificationChannel.IN_PERSON, recipient,
                content, now, null, null, null, null, null);
        return proved(outbox.save(row.sent(now, NoticeReceipt.delivered("in-person:" + recipient, toldAt, toldAt))));
    }

    public OutboxMessage send(String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                              String recipient, String content) {
        OutboxMessage message = outbox.save(new OutboxMessage(null, caseNumber, purpose, channel, recipient, content,
                Instant.now(clock), null, null, null, null, null));
        NoticeReceipt receipt = gateway.deliver(message);
        return proved(outbox.save(message.sent(Instant.now(clock), receipt)));
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
        OutboxMessage notice = outbox.findFirstByDeliveryReferenceOrderByIdDesc(reference)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notice with this reference"));
        String problem = DeliveryReceipts.problem(notice.acceptedAt(), deliveredAt, Instant.now(clock));
        if (problem != null) {
            throw invalid("deliveredAt", problem);
        }
        return proved(outbox.save(notice.delivered(deliveredAt)));
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
