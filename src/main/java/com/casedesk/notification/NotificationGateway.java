package com.casedesk.notification;

/**
 * The way out to SMS, e-mail, post and staff messaging. Implementations may fail by throwing: they
 * are only called from asynchronous jobs, so a failure is retried and ends as an incident.
 */
public interface NotificationGateway {

    /** Delivers the message and returns the channel's reference for it (message id, tracking number). */
    String deliver(OutboxMessage message);
}
