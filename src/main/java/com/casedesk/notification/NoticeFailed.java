package com.casedesk.notification;

/**
 * Published (synchronously, in the recording transaction) when a channel reports that a notice did
 * not arrive (an SMS receipt FAILED, a letter returned). The notice's proof is gone; whoever owns the
 * case sends it by the next channel ({@link NoticeFallbacks}).
 */
public record NoticeFailed(long outboxId, String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                           String failureCode) {
}
