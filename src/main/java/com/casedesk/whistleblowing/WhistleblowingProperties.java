package com.casedesk.whistleblowing;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Secrets and limits of whistleblowing intake, under {@code casedesk.whistleblowing}; see
 * application.yaml and docs/security.md. The secrets come from the environment in production.
 *
 * @param receiptPepper       server secret of the receipt-code lookup (HMAC-SHA256), at least 32 characters
 * @param identityKeys        key id → base64 of a 32-byte AES key; every key that ever encrypted a record
 * @param identityActiveKey   the key id that encrypts new records
 */
@ConfigurationProperties("casedesk.whistleblowing")
public record WhistleblowingProperties(
        String receiptPepper,
        Map<String, String> identityKeys,
        String identityActiveKey,
        @DefaultValue("10") int receiptHashStrength,
        @DefaultValue("20") int mailboxFreeFailuresPerMinute,
        @DefaultValue("100ms") Duration mailboxPenaltyPerFailure,
        @DefaultValue("3s") Duration mailboxMaxDelay) {

    /** Marks the repository's development defaults; the prod profile refuses them. */
    static final String DEV_MARKER = "DEV-ONLY";

    @Override
    public String toString() {
        return "WhistleblowingProperties[secrets redacted]";
    }
}
