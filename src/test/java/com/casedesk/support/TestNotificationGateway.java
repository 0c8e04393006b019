package com.casedesk.support;

import com.casedesk.notification.NoticeReceipt;
import com.casedesk.notification.NotificationGateway;
import com.casedesk.notification.OutboxMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Stands in for the SMS and mail gateways, which do not exist on a test machine: it records what
 * was delivered and can be switched to fail like a channel that is down. It accepts each notice at
 * the service's (engine) time and, like SMS and mail, reports no delivery at once: a test reports
 * one later with {@code Notifications.recordDelivery(reference, at)}.
 */
public class TestNotificationGateway implements NotificationGateway {

    private final List<OutboxMessage> delivered = new CopyOnWriteArrayList<>();
    private final AtomicBoolean down = new AtomicBoolean();
    private final Clock clock;

    public TestNotificationGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        if (down.get()) {
            throw new IllegalStateException("channel " + message.channel() + " is down");
        }
        delivered.add(message);
        return NoticeReceipt.accepted(reference(message), Instant.now(clock));
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
