package com.casedesk.notification.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a delivery receipt: {@code X-Casedesk-Signature: sha256=<hex>}, the HMAC-SHA256
 * with the shared secret of {@code <X-Casedesk-Timestamp>.<raw body>}, the timestamp in epoch seconds.
 * The timestamp is inside the MAC and must lie within {@link #MAX_AGE} of our clock, so a captured
 * receipt cannot be replayed later (within the window, the message id is seen only once).
 */
public final class ReceiptSignature {

    public static final String SIGNATURE_HEADER = "X-Casedesk-Signature";
    public static final String TIMESTAMP_HEADER = "X-Casedesk-Timestamp";
    public static final Duration MAX_AGE = Duration.ofMinutes(5);
    private static final String PREFIX = "sha256=";

    private ReceiptSignature() {
    }

    /** The header value a provider sends for this body at this timestamp. */
    public static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @return why the receipt is refused, or null when it is signed with the secret at a time within
     * {@link #MAX_AGE} of {@code now}
     */
    public static String problem(String secret, String signature, String timestamp, byte[] body, Instant now) {
        if (secret == null || secret.isBlank()) {
            return "no receipt secret is configured";
        }
        if (signature == null || timestamp == null) {
            return "signature or timestamp missing";
        }
        Instant at;
        try {
            at = Instant.ofEpochSecond(Long.parseLong(timestamp.trim()));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return "timestamp is not epoch seconds";
        }
        if (Duration.between(at, now).abs().compareTo(MAX_AGE) > 0) {
            return "timestamp outside " + MAX_AGE.toMinutes() + " minutes";
        }
        byte[] expected = sign(secret, timestamp.trim(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? null : "signature does not match";
    }
}
