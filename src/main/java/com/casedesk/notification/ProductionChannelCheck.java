package com.casedesk.notification;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The production profile does not start while no notice could reach a complainant electronically:
 * without e-mail (spring.mail.host) and SMS (casedesk.notification.sms.url) every notice would stay in
 * the dev inbox and nobody would be told. An operator who means to answer by post only says so with
 * {@code casedesk.notification.letters-only=true}, and the start then says it loudly.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionChannelCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ProductionChannelCheck.class);

    @Bean
    static InitializingBean noticeChannelsCheck(ChannelRouter router, NotificationProperties properties) {
        return () -> {
            String warning = problem(properties, router.liveChannels());
            if (warning != null) {
                LOG.warn("!!! {} !!!", warning);
            }
        };
    }

    /**
     * @return null when the channels are fine, a warning to log loudly when only letters will go out by
     * the operator's choice
     * @throws IllegalStateException when production would tell nobody
     */
    static String problem(NotificationProperties properties, Set<NotificationChannel> live) {
        if (properties.inProcessOnly()) {
            throw new IllegalStateException("casedesk.notification.in-process-only is set: in production no notice would"
                    + " leave the service. Remove it (it is for simulations and demos).");
        }
        if (live.contains(NotificationChannel.EMAIL) || live.contains(NotificationChannel.SMS)) {
            return null;
        }
        if (properties.lettersOnly()) {
            return "No e-mail or SMS channel is configured (casedesk.notification.letters-only=true): every notice to a"
                    + " complainant goes by letter and staff alerts stay in the outbox";
        }
        throw new IllegalStateException("The prod profile needs a channel to tell complainants: configure SMTP"
                + " (spring.mail.host, spring.mail.username, spring.mail.password) and/or the SMS gateway"
                + " (casedesk.notification.sms.url), or set casedesk.notification.letters-only=true to answer by post only."
                + " See README, Notices.");
    }
}
