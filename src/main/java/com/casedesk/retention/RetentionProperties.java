package com.casedesk.retention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long personal data is kept after a case ends, per case type; documented in application.yaml
 * under {@code casedesk.retention} and in docs/security.md (Retention).
 */
@Validated
@ConfigurationProperties("casedesk.retention")
public record RetentionProperties(
        @NotNull Period complaint,
        @NotNull Period whistleblowing,
        @Positive int batchSize,
        @NotBlank String sweepEvery,
        @NotNull ZoneId zone,
        @NotNull Period recordKeptFor) {

    public RetentionProperties {
        if (complaint != null && (complaint.isNegative() || complaint.isZero())) {
            throw new IllegalArgumentException("casedesk.retention.complaint must be positive: " + complaint);
        }
        if (recordKeptFor != null && (recordKeptFor.isNegative() || recordKeptFor.isZero())) {
            throw new IllegalArgumentException("casedesk.retention.record-kept-for must be positive: " + recordKeptFor);
        }
        if (whistleblowing != null && (whistleblowing.isNegative() || whistleblowing.isZero())) {
            throw new IllegalArgumentException("casedesk.retention.whistleblowing must be positive: " + whistleblowing);
        }
    }

    Period periodOf(CaseType type) {
        return switch (type) {
            case COMPLAINT -> complaint;
            case WHISTLEBLOWING -> whistleblowing;
        };
    }
}
