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
 * @param mailboxFailuresPerSource wrong receipt codes one client address may send per {@code mailboxSourceWindow}
 *                            (refilled evenly over the window) before it is answered 429
 * @param mailboxFailuresInTotal wrong receipt codes from all sources together per {@code mailboxTotalWindow}
 *                            (refilled evenly): bounds a guesser spread over many addresses
 * @param mailboxMaxSources   client addresses tracked at once; past it new sources share the total limit only
 */
@ConfigurationProperties("casedesk.whistleblowing")
public record WhistleblowingProperties(
        String receiptPepper,
        Map<String, String> identityKeys,
        String identityActiveKey,
        @DefaultValue("10") int receiptHashStrength,
        @DefaultValue("20") int mailboxFailuresPerSource,
        @DefaultValue("1h") Duration mailboxSourceWindow,
        @DefaultValue("300") int mailboxFailuresInTotal,
        @DefaultValue("5m") Duration mailboxTotalWindow,
        @DefaultValue("100000") int mailboxMaxSources) {

    /** Marks the repository's development defaults; the prod profile refuses them. */
    static final String DEV_MARKER = "DEV-ONLY";

    @Override
    public String toString() {
        return "WhistleblowingProperties[secrets redacted]";
    }
}
