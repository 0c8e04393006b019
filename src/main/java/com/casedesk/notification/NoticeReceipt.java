package com.casedesk.notification;

import java.time.Instant;

/**
 * What a channel answers for a notice (Art. 21 proof): its reference, when it accepted the notice
 * (SMTP server accepted, SMS gateway took it) and, where the channel reports it at once, when it was
 * delivered. {@code pending}: the channel queued it and acceptance comes later (a letter is accepted
 * when staff record its posting, {@link Notifications#recordAcceptance}). A delivery reported later
 * arrives through {@link Notifications#recordDelivery}.
 */
public record NoticeReceipt(String reference, Instant acceptedAt, Instant deliveredAt, boolean pending) {

    /** Accepted by the channel; delivery not (yet) known. */
    public static NoticeReceipt accepted(String reference, Instant acceptedAt) {
        return new NoticeReceipt(reference, acceptedAt, null, false);
    }

    /** Accepted and delivered (a channel that confirms delivery synchronously, or told in person). */
    public static NoticeReceipt delivered(String reference, Instant acceptedAt, Instant deliveredAt) {
        return new NoticeReceipt(reference, acceptedAt, deliveredAt, false);
    }

    /** Queued by the channel (a letter to print and post); accepted later, and only then proved. */
    public static NoticeReceipt queued(String reference) {
        return new NoticeReceipt(reference, null, null, true);
    }

    public Instant proofAt() {
        return pending ? null : proofAt(acceptedAt, deliveredAt);
    }

    /**
     * The one timestamp that proves a notice: its delivery where the channel reports delivery, else
     * the channel's acceptance; null while neither is known (not sent, or a letter not yet posted).
     */
    public static Instant proofAt(Instant acceptedAt, Instant deliveredAt) {
        return deliveredAt != null ? deliveredAt : acceptedAt;
    }
}
