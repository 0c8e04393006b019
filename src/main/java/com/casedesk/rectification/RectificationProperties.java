package com.casedesk.rectification;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Reminder and escalation periods of rectification actions; documented in application.yaml under
 * {@code casedesk.rectification}. Deadlines are counted in {@code casedesk.complaint.zone}.
 */
@Validated
@ConfigurationProperties("casedesk.rectification")
public record RectificationProperties(
        @NotNull Duration reminderBefore,
        @NotNull Duration escalationTaskWithin,
        @NotNull Duration escalationEvery) {
}
