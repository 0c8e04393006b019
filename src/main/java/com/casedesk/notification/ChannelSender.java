package com.casedesk.notification;

/**
 * One real channel (e-mail, SMS gateway, letters, staff alerts). {@link ChannelRouter} hands it the
 * notices of its channel. It may fail by throwing: it is only called from asynchronous jobs, so a
 * failure is retried and ends as an incident, and nothing is recorded as sent.
 */
public interface ChannelSender {

    NotificationChannel channel();

    /** Hands the notice over and answers the channel's receipt ({@link NotificationGateway#deliver}). */
    NoticeReceipt deliver(OutboxMessage message);
}
