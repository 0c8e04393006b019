package com.casedesk.whistleblowing;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The clocks of the whistleblowing process, documented in application.yaml under
 * {@code casedesk.whistleblowing}. {@code regime} is the installation's: the regime a report received
 * now is handled under for life ({@code wb_report.regime}, process variable {@code regime});
 * {@link WbClock} computes each report's dates with the clocks of the report's own regime.
 */
@Validated
@ConfigurationProperties("casedesk.whistleblowing")
public record WbProperties(
        @NotNull Regime regime,
        @NotNull ZoneId zone,
        @NotNull @Valid RegimeClocks cn,
        @NotNull @Valid RegimeClocks eu,
        @Min(0) int maxExtensionDays,
        @NotNull Duration supplementWait,
        @NotNull Duration reminderBefore,
        @NotNull Duration committeeTaskWithin,
        @NotNull Period protectionCheckAfter) {

    public enum Regime { CN, EU }

    /** Where the investigation period is counted from. */
    public enum CountFrom { ACCEPTANCE, ACKNOWLEDGEMENT }

    /**
     * @param acknowledgeWithin  the reporter is told the report arrived (EU: 7 days)
     * @param assessWithin       the admissibility decision is due this long after receipt (CN: 15 days), paused while
     *                           supplements are awaited
     * @param investigateWithin  the written opinion (CN: 60 days) or the feedback (EU: 3 months) is due
     * @param investigateFrom    counted from the acceptance (CN) or the acknowledgement (EU)
     */
    public record RegimeClocks(
            @NotNull Period acknowledgeWithin,
            @NotNull Period assessWithin,
            @NotNull Period investigateWithin,
            @NotNull CountFrom investigateFrom) {
    }
}
