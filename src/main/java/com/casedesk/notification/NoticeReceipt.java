package com.casedesk.notification;

import java.time.Instant;

/**
 * What a channel answers for a notice (Art. 21 proof): its reference, when it accepted the notice
 * (SMTP server accepted, SMS gateway took it, letter posted) and, where the channel reports it at
 * once, when it was delivered. A delivery reported later arrives through
 * {@link Notifications#recordDelivery}.
 */
public record NoticeReceipt(String reference, Instant acceptedAt, Instant deliveredAt) {

    /** Accepted by the channel; delivery not (yet) known. */
    public static NoticeReceipt accepted(String reference, Instant acceptedAt) {
        return new NoticeReceipt(reference, acceptedAt, null);
    }

    /** Accepted and delivered (a channel that confirms delivery synchronously, or told in person). */
    public static NoticeReceipt delivered(String reference, Instant acceptedAt, Instant deliveredAt) {
        return new NoticeReceipt(reference, acceptedAt, deliveredAt);
    }

    public Instant proofAt() {
        return proofAt(acceptedAt, deliveredAt);
    }

    /**
     * The one timestamp that proves a notice: its delivery where the channel reports delivery, else
     * the channel's acceptance; null while neither is known (not sent).
     */
    public static Instant proofAt(Instant acceptedAt, Instant deliveredAt) {
        return deliveredAt != null ? deliveredAt : acceptedAt;
    }
}
