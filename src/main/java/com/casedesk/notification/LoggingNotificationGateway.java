package com.casedesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until an SMS or mail gateway is connected, notices are only logged (without the recipient, which
 * is personal data) and the outbox row is the record of what would have been sent. Logging is the
 * acceptance; a delivery is known only for a notice told in person, which never reaches a gateway.
 */
@Configuration
class LoggingNotificationGateway {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotificationGateway.class);

    @Bean
    @ConditionalOnMissingBean(NotificationGateway.class)
    NotificationGateway notificationGateway(Clock clock) {
        return message -> {
            String reference = "log-" + UUID.randomUUID();
            LOG.info("notice {} for case {} via {} recorded as {}", message.purpose(), message.caseNumber(),
                    message.channel(), reference);
            return NoticeReceipt.accepted(reference, Instant.now(clock));
        };
    }
}
