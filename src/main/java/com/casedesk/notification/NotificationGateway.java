package com.casedesk.notification;

/**
 * The way out to SMS, e-mail, post and staff messaging. Implementations may fail by throwing: they
 * are only called from asynchronous jobs, so a failure is retried and ends as an incident.
 */
public interface NotificationGateway {

    /**
     * Hands the message to the channel and answers its receipt: the channel's reference (message id,
     * tracking number), when the channel accepted it (null: now) and, if the channel confirms delivery
     * at once, when it was delivered. A delivery the channel reports later goes to
     * {@link Notifications#recordDelivery} with the same reference.
     */
    NoticeReceipt deliver(OutboxMessage message);
}
