package com.casedesk.notification;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The way out: each notice goes to the {@link ChannelSender} of its channel; a channel that is not
 * configured, and every channel when {@code casedesk.notification.in-process-only} is set, goes to
 * the {@link InProcessChannel dev inbox} instead.
 */
@Component
public class ChannelRouter implements NotificationGateway {

    private static final Logger LOG = LoggerFactory.getLogger(ChannelRouter.class);

    private final Map<NotificationChannel, ChannelSender> senders = new EnumMap<>(NotificationChannel.class);
    private final InProcessChannel inbox;
    private final boolean inProcessOnly;

    ChannelRouter(List<ChannelSender> senders, NotificationProperties properties, Clock clock) {
        for (ChannelSender sender : senders) {
            if (this.senders.put(sender.channel(), sender) != null) {
                throw new IllegalStateException("two senders for channel " + sender.channel());
            }
        }
        this.inbox = new InProcessChannel(clock);
        this.inProcessOnly = properties.inProcessOnly();
        if (inProcessOnly) {
            LOG.warn("casedesk.notification.in-process-only is set: no notice leaves this process (dev inbox only)");
        } else {
            LOG.info("notice channels configured: {}; others go to the dev inbox", this.senders.keySet());
        }
    }

    @Override
    public NoticeReceipt deliver(OutboxMessage message) {
        return inProcess(message.channel()) ? inbox.deliver(message) : senders.get(message.channel()).deliver(message);
    }

    /** Whether notices of this channel stay in the dev inbox (not configured, or in-process only). */
    public boolean inProcess(NotificationChannel channel) {
        return inProcessOnly || !senders.containsKey(channel);
    }

    /** The channels that really leave the service. */
    public Set<NotificationChannel> liveChannels() {
        return inProcessOnly ? Set.of() : Set.copyOf(senders.keySet());
    }
}
