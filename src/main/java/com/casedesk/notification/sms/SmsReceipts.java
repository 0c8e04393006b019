package com.casedesk.notification.sms;

import com.casedesk.notification.NoticeEvents;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.OutboxRepository;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on verified delivery receipts ({@link SmsReceiptController} checks the signature), each
 * provider message id once: the first receipt is recorded in {@code sms_receipt} and moves the
 * notice — DELIVERED proves it at the delivery time ({@link Notifications#recordDelivery}), FAILED
 * takes the proof away and hands the notice to the next channel ({@link Notifications#recordFailure});
 * a later receipt for the same message id is a duplicate and changes nothing. A batch is one
 * transaction: a receipt in it that cannot be recorded refuses the whole batch.
 */
@Service
public class SmsReceipts {

    public static final Set<String> STATUSES = Set.of("DELIVERED", "FAILED");

    private final Notifications notifications;
    private final OutboxRepository outbox;
    private final NoticeEvents events;
    private final JdbcClient jdbc;
    private final Clock clock;

    SmsReceipts(Notifications notifications, OutboxRepository outbox, NoticeEvents events, JdbcClient jdbc,
                Clock clock) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One receipt as the provider sends it. */
    public record Receipt(String messageId, String status, String code, OffsetDateTime at) {
    }

    /** RECORDED: acted on; DUPLICATE: seen before, nothing changed; UNKNOWN: no notice has this message id. */
    public enum Outcome { RECORDED, DUPLICATE, UNKNOWN }

    public record Result(String messageId, Outcome outcome) {
    }

    @Transactional
    public List<Result> record(List<Receipt> receipts) {
        validate(receipts);
        List<Result> results = new ArrayList<>();
        for (Receipt receipt : receipts) {
            results.add(new Result(receipt.messageId(), recordOne(receipt)));
        }
        return results;
    }

    private Outcome recordOne(Receipt receipt) {
        OutboxMessage notice = outbox.findFirstByDeliveryReferenceOrderByIdDesc(receipt.messageId()).orElse(null);
        if (notice == null) {
            return Outcome.UNKNOWN;
        }
        Instant now = Instant.now(clock);
        // Portable (H2 on the embedded default): a concurrent first receipt makes the primary key refuse this one.
        int inserted = jdbc.sql("insert into sms_receipt (message_id, status, code, received_at, outbox_id) "
                        + "select :id, :status, :code, :at, :outbox where not exists "
                        + "(select 1 from sms_receipt where message_id = :id)")
                .param("id", receipt.messageId()).param("status", receipt.status()).param("code", receipt.code())
                .param("at", Timestamp.from(now)).param("outbox", notice.id())
                .update();
        if (inserted == 0) {
            return Outcome.DUPLICATE;
        }
        if ("DELIVERED".equals(receipt.status())) {
            Instant at = withinSkew(receipt.at().toInstant(), notice.acceptedAt(), now);
            events.delivered(notifications.recordDelivery(receipt.messageId(), at), at);
        } else {
            String code = receipt.code() == null || receipt.code().isBlank() ? "FAILED" : receipt.code();
            events.undelivered(notice, code);
            notifications.recordFailure(receipt.messageId(), code);
        }
        return Outcome.RECORDED;
    }

    /**
     * The provider's clock is not ours: a delivery time up to {@link ReceiptSignature#MAX_AGE} after
     * now or before our acceptance is taken as now or the acceptance; anything further off is refused
     * (400) by {@link Notifications#recordDelivery}.
     */
    private static Instant withinSkew(Instant at, Instant acceptedAt, Instant now) {
        if (at.isAfter(now) && !at.isAfter(now.plus(ReceiptSignature.MAX_AGE))) {
            return now;
        }
        if (acceptedAt != null && at.isBefore(acceptedAt) && !at.isBefore(acceptedAt.minus(ReceiptSignature.MAX_AGE))) {
            return acceptedAt;
        }
        return at;
    }

    private static void validate(List<Receipt> receipts) {
        List<FieldProblem> problems = new ArrayList<>();
        if (receipts.isEmpty()) {
            problems.add(new FieldProblem("receipts", "must not be empty"));
        }
        for (int i = 0; i < receipts.size(); i++) {
            Receipt r = receipts.get(i);
            String at = receipts.size() == 1 ? "" : "[" + i + "].";
            if (r == null) {
                problems.add(new FieldProblem("receipts[" + i + "]", "must be an object"));
                continue;
            }
            if (r.messageId() == null || r.messageId().isBlank() || r.messageId().length() > 100) {
                problems.add(new FieldProblem(at + "messageId", "must be given, at most 100 characters"));
            }
            if (r.status() == null || !STATUSES.contains(r.status())) {
                problems.add(new FieldProblem(at + "status", "must be one of " + STATUSES));
            }
            if ("DELIVERED".equals(r.status()) && r.at() == null) {
                problems.add(new FieldProblem(at + "at", "must be given for DELIVERED"));
            }
            if (r.code() != null && r.code().length() > 100) {
                problems.add(new FieldProblem(at + "code", "at most 100 characters"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
