package com.casedesk.notification;

/** How a notice travels. Art. 21 accepts written, SMS/e-mail and telephone notice with proof. */
public enum NotificationChannel {
    SMS,
    EMAIL,
    LETTER,
    /** To staff (reminders, escalations), not to a complainant. */
    INTERNAL,
    /** Told face to face or on the call (当场告知); the outbox row is the record, nothing is sent. */
    IN_PERSON
}
