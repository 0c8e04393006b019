package com.casedesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code casedesk.notification.*}: how notices leave the service.
 *
 * @param inProcessOnly every notice stays in the dev inbox whatever channels are configured (the
 *                      what-if replay, a demo copied from production settings): such a run never
 *                      reaches a real person
 * @param devInbox      the dev inbox page ({@code /api/notices/dev-inbox}) is served; off in production
 * @param lettersOnly   production may start without e-mail or SMS: every complainant notice then goes by
 *                      letter, and the start says so loudly
 */
@ConfigurationProperties("casedesk.notification")
public record NotificationProperties(boolean inProcessOnly, @DefaultValue("true") boolean devInbox,
                                     boolean lettersOnly) {
}
