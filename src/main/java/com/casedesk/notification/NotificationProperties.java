package com.casedesk.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code casedesk.notification.*}: how notices leave the service. {@code inProcessOnly}: every
 * notice stays in the dev inbox whatever channels are configured (the what-if replay, tests, a
 * demo copied from production settings) — such a run never reaches a real person.
 */
@ConfigurationProperties("casedesk.notification")
public record NotificationProperties(boolean inProcessOnly) {
}
