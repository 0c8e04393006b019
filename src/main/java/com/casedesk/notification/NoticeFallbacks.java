package com.casedesk.notification;

import java.util.Optional;

/**
 * Where a notice goes when its channel failed (an SMS receipt FAILED, a letter returned): the case
 * type that owns the notice answers the next channel and recipient (complaints: SMS, then e-mail,
 * then a letter), or empty when none is left — then the redelivery ends as an incident for staff.
 * One implementation per case type; each answers only for its own case numbers.
 */
public interface NoticeFallbacks {

    /** Whether this case type owns the notice (by its case number). */
    boolean owns(OutboxMessage failed);

    /** The next route for a notice whose channel failed, or empty when no channel is left. */
    Optional<NoticeRoute> next(OutboxMessage failed);

    /**
     * The notice's text for the next channel where that channel says more than the failed one (a
     * decision by SMS is a short summary; by e-mail or letter it carries the whole Art. 19 content);
     * empty: the failed notice's own text goes again.
     */
    default Optional<NoticeText> textFor(OutboxMessage failed, NotificationChannel channel) {
        return Optional.empty();
    }

    /** A channel and the recipient on it; {@code why}: how it was chosen, for the case's event log. */
    record NoticeRoute(NotificationChannel channel, String recipient, String why) {
    }
}
