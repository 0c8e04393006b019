package com.casedesk.complaint;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The statutory fallback periods (for cases received before the regime tables) and the time zone of the
 * complaint process; documented in application.yaml under {@code casedesk.complaint}. The company's own
 * periods and thresholds are in the decision tables of {@link CompanyPeriods}, not here.
 */
@Validated
@ConfigurationProperties("casedesk.complaint")
public record ComplaintProperties(
        @Min(1) int replyWithinDays,
        @Min(1) int complexReplyWithinDays,
        @Min(0) int extensionDays,
        @Min(1) int maxReplyWithinDays,
        @NotNull ZoneId zone) {
}
