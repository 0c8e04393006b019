package com.casedesk.notification;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev inbox: a notice whose channel is not configured (the embedded default has no SMTP server
 * or SMS gateway) or that must not leave the process (a simulation) stays here. The outbox row is
 * the whole record; staff read it on the dev inbox page. It is accepted at once so the clocks run as
 * they would, under a reference that says it never left ({@code inbox-}).
 */
public final class InProcessChannel {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessChannel.class);
    public static final String REFERENCE_PREFIX = "inbox-";

    private final Clock clock;

    InProcessChannel(Clock clock) {
        this.clock = clock;
    }

    NoticeReceipt deliver(OutboxMessage message) {
        // No recipient in the log: it is personal data.
        LOG.info("notice {} for case {} via {} kept in the dev inbox (outbox {}), not sent", message.purpose(),
                message.caseNumber(), message.channel(), message.id());
        return NoticeReceipt.accepted(REFERENCE_PREFIX + message.id(), Instant.now(clock));
    }
}
