package com.casedesk.support;

import com.casedesk.notification.ChannelRouter;
import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.NotificationGateway;
import com.casedesk.notification.OutboxMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The in-process channel most tests use: it records what was delivered and can be switched to fail
 * like a channel that is down. It accepts each notice at the service's (engine) time and, like SMS
 * and mail, reports no delivery at once: a test reports one later with
 * {@code Notifications.recordDelivery(reference, at)}. A test of the real channels switches it to
 * {@link #useRealChannels pass every notice on} to the service's own {@link ChannelRouter}, which
 * talks to the SMTP and SMS servers of {@link NoticeServers}; it is switched back after each test.
 */
public class TestNotificationGateway implements NotificationGateway {

    private final List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean real = new AtomicBoolean();
    private final Clock clock;
    private final ChannelRouter router;

    public TestNotificationGateway(Clock clock, ChannelRouter router) {
        this.clock = clock;
        this.router = router;
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        if (real.get()) {
            NoticeReceipt receipt = router.deliver(message);
            delivered.add(message);
            return receipt;
        }
        if (down.get()) {
            throw new IllegalStateException("channel " + message.channel() + " is down");
        }
        delivered.add(message);
        return NoticeReceipt.accepted(reference(message), Instant.now(clock));
    }

    /** Every notice goes through the service's real channels (true) or stays here (false, the default). */
    public void useRealChannels(boolean on) {
        real.set(on);
    }

    /** The reference this gateway gives a notice. */
    public static String reference(OutboxMessage message) {
        return "test-" + message.id();
    }

    public void setDown(boolean isDown) {
        down.set(isDown);
    }

    public List<OutboxMessage> deliveredFor(String caseNumber) {
        return delivered.stream().filter(m -> m.caseNumber().equals(caseNumber)).toList();
    }
}
