package com.casedesk.complaint;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Deadlines and thresholds of the complaint process; documented in application.yaml under {@code casedesk.complaint}. */
@Validated
@ConfigurationProperties("casedesk.complaint")
public record ComplaintProperties(
        @Min(1) int replyWithinDays,
        @Min(1) int complexReplyWithinDays,
        @Min(0) int extensionDays,
        @Min(1) int maxReplyWithinDays,
        @NotNull Duration reminderBefore,
        @NotNull Duration escalationTaskWithin,
        @NotNull Duration callbackWithin,
        @NotNull @DecimalMin("0") BigDecimal compensationApprovalAbove,
        @Min(1) int maxUnsatisfiedRounds,
        @NotNull ZoneId zone,
        @NotNull Duration handoverWithin,
        @NotNull Duration forwardToLeadershipWithin,
        @NotNull Duration leadershipMeetingWithin,
        @NotNull Duration progressReportEvery,
        @NotNull Duration progressReportWithin) {
}
