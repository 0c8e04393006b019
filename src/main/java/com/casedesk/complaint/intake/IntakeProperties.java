package com.casedesk.complaint.intake;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Intake settings; documented in application.yaml under {@code casedesk.intake}.
 *
 * @param receivedAtMaxAge a staff-keyed receipt older than this needs a reason (receivedAtReason)
 */
@ConfigurationProperties("casedesk.intake")
public record IntakeProperties(@DefaultValue("P30D") Duration receivedAtMaxAge) {
}
