package com.casedesk.complaint;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Deadlines of the complaint process; documented in application.yaml under {@code casedesk.complaint}. */
@Validated
@ConfigurationProperties("casedesk.complaint")
public record ComplaintProperties(
        @Min(1) int replyWithinDays,
        @NotNull Duration reminderBefore,
        @NotNull Duration escalationTaskWithin,
        @NotNull Duration callbackWithin,
        @NotNull ZoneId zone) {
}
