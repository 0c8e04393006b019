package com.casedesk.notification;

import java.time.Instant;

/**
 * Published (synchronously, in the sending or recording transaction) whenever a notice's proof
 * timestamp is set or moves: on acceptance by the channel, and again when a later delivery receipt
 * arrives. Case types listen for the notices whose proof matters to them (the decision notice).
 */
public record NoticeProved(long outboxId, String caseNumber, NoticePurpose purpose, NotificationChannel channel,
                           Instant proofAt) {
}
