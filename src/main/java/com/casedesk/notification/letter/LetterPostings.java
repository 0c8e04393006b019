package com.casedesk.notification.letter;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NoticeEvents;
import com.casedesk.notification.Notifications;
import com.casedesk.notification.OutboxMessage;
import com.casedesk.notification.letter.NoticeLetterProcess.Outcome;
import com.casedesk.notification.letter.NoticeLetterProcess.Vars;
import com.casedesk.process.StateRuleViolation;
import com.casedesk.web.FieldProblem;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * What staff record about a letter: posted (the date and tracking number are the proof of notice,
 * Art. 21: the letter's acceptance, {@link Notifications#recordAcceptance}), cannot be posted, or
 * returned by the post office later (both {@link Notifications#recordFailure}: the proof is gone and
 * the case's owner chooses the next channel).
 */
@Service
public class LetterPostings {

    /** The stored failure code is at most 100 characters, the reason's prefix included. */
    static final int MAX_REASON = 80;

    private final JdbcTemplate jdbc;
    private final Notifications notifications;
    private final ServiceZone zone;
    private final Clock clock;
    private final NoticeEvents events;

    LetterPostings(JdbcTemplate jdbc, Notifications notifications, ServiceZone zone, Clock clock, NoticeEvents events) {
        this.events = events;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.zone = zone;
        this.clock = clock;
    }

    /** The 寄送书面告知 form's input, checked. */
    record Input(Outcome outcome, LocalDate postedOn, String trackingNumber, String reason) {
    }

    /** The input or the first problem with it (field and message). */
    record Checked(Input input, FieldProblem problem) {
        static Checked refused(String field, String message) {
            return new Checked(null, new FieldProblem(field, message));
        }
    }

    /** Checks the form's input for the letter with this outbox id. */
    public Checked check(long outboxId, Map<String, Object> submitted) {
        Object outcomeValue = submitted.get(Vars.OUTCOME.name());
        Outcome outcome;
        try {
            outcome = blank(outcomeValue) ? null : Outcome.valueOf(outcomeValue.toString().strip());
        } catch (IllegalArgumentException e) {
            outcome = null;
        }
        if (outcome == null) {
            return Checked.refused(Vars.OUTCOME.name(), "must be one of POSTED, UNDELIVERABLE");
        }
        if (outcome == Outcome.UNDELIVERABLE) {
            Object reason = submitted.get(Vars.UNDELIVERABLE_REASON.name());
            if (blank(reason)) {
                return Checked.refused(Vars.UNDELIVERABLE_REASON.name(), "is required when the letter cannot be posted");
            }
            String text = reason.toString().strip();
            if (text.length() > MAX_REASON) {
                return Checked.refused(Vars.UNDELIVERABLE_REASON.name(), "must be at most " + MAX_REASON + " characters");
            }
            return new Checked(new Input(outcome, null, null, text), null);
        }
        LocalDate postedOn;
        try {
            postedOn = date(submitted.get(Vars.POSTED_ON.name()));
        } catch (DateTimeParseException e) {
            return Checked.refused(Vars.POSTED_ON.name(), "must be a date (yyyy-MM-dd)");
        }
        Written letter = letter(outboxId);
        LocalDate writtenOn = LocalDate.ofInstant(letter.createdAt(), zone.zone());
        String dateProblem = LetterPosting.postedOnProblem(postedOn, writtenOn, LocalDate.now(clock.withZone(zone.zone())));
        if (dateProblem != null) {
            return Checked.refused(Vars.POSTED_ON.name(), dateProblem);
        }
        Object rawTracking = submitted.get(Vars.TRACKING_NUMBER.name());
        String tracking = LetterPosting.normalised(rawTracking == null ? null : rawTracking.toString());
        String trackingProblem = LetterPosting.trackingProblem(tracking, letter.purpose());
        if (trackingProblem != null) {
            return Checked.refused(Vars.TRACKING_NUMBER.name(), trackingProblem);
        }
        return new Checked(new Input(outcome, postedOn, tracking, null), null);
    }

    /** Records checked input: the posting and its proof, or the failure. */
    @Transactional
    public OutboxMessage record(long outboxId, Input input, String recordedBy) {
        Instant now = Instant.now(clock);
        String reference = LetterQueue.reference(outboxId);
        if (input.outcome() == Outcome.UNDELIVERABLE) {
            jdbc.update("update notice_letter set posted_by = ?, recorded_at = ? where outbox_id = ?",
                    recordedBy, Timestamp.from(now), outboxId);
            return failed(reference, "UNDELIVERABLE:" + input.reason());
        }
        int updated = jdbc.update("""
                update notice_letter set posted_on = ?, tracking_number = ?, posted_by = ?, recorded_at = ?
                where outbox_id = ? and posted_on is null""", Date.valueOf(input.postedOn()), input.trackingNumber(),
                recordedBy, Timestamp.from(now), outboxId);
        if (updated == 0) {
            throw new StateRuleViolation("寄送已登记 Posting already recorded", "the letter's posting is already recorded");
        }
        OutboxMessage posted = notifications.recordAcceptance(reference,
                LetterPosting.proofAt(input.postedOn(), now, zone.zone()));
        events.posted(posted, input.postedOn(), input.trackingNumber());
        return posted;
    }

    private OutboxMessage failed(String reference, String code) {
        OutboxMessage failed = notifications.recordFailure(reference, code);
        if (code.equals(failed.failureCode())) {
            // a second report of the same letter changes nothing and is not logged again
            events.undelivered(failed, code);
        }
        return failed;
    }

    /**
     * The post office returned a posted letter: it proves nothing any more.
     *
     * @throws ResponseStatusException 404 for an unknown letter
     * @throws StateRuleViolation 409 for one not posted yet
     */
    @Transactional
    public OutboxMessage returned(long outboxId, String reason) {
        LocalDate postedOn = jdbc.query("select posted_on from notice_letter where outbox_id = ?",
                        (rs, i) -> rs.getDate(1) == null ? LocalDate.MIN : rs.getDate(1).toLocalDate(), outboxId)
                .stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such letter"));
        if (postedOn == LocalDate.MIN) {
            throw new StateRuleViolation("告知书尚未寄出 Letter not posted yet", "the letter has not been posted");
        }
        return failed(LetterQueue.reference(outboxId), "RETURNED:" + reason);
    }

    /** When the letter was written and what it tells. */
    private record Written(Instant createdAt, NoticePurpose purpose) {
    }

    private Written letter(long outboxId) {
        try {
            return jdbc.queryForObject("select created_at, purpose from outbox_message where id = ?",
                    (rs, i) -> new Written(rs.getTimestamp(1).toInstant(), NoticePurpose.valueOf(rs.getString(2))),
                    outboxId);
        } catch (EmptyResultDataAccessException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such letter");
        }
    }

    private LocalDate date(Object value) {
        if (blank(value)) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return LocalDate.ofInstant(d.toInstant(), zone.zone());
        }
        String text = value.toString().strip();
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
