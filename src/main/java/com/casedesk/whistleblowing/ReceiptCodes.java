package com.casedesk.whistleblowing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Receipt codes (回执码): the reporter's only key to the mailbox. {@value #DIGITS} random decimal digits
 * from SecureRandom (about 66 bits), shown once, grouped by four for reading. Stored twice, never in
 * clear: a lookup (HMAC-SHA256 with the server's pepper, so the row can be found by an index and a
 * stolen table alone does not allow offline guessing) and a verifier (BCrypt), checked after the lookup.
 */
@Component
class ReceiptCodes {

    static final int DIGITS = 20;
    /** Longer input is cut before hashing: BCrypt refuses more than 72 bytes. */
    private static final int MAX_PRESENTED = 64;

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec pepper;
    private final BCryptPasswordEncoder verifiers;
    /** Checked when no row matches, so a miss costs what a hit costs. */
    private final String dummyVerifier;

    ReceiptCodes(WhistleblowingProperties properties) {
        String secret = properties.receiptPepper();
        if (secret == null || secret.length() < ReportSecretsCheck.MIN_PEPPER_LENGTH) {
            throw new IllegalStateException("casedesk.whistleblowing.receipt-pepper must have at least "
                    + ReportSecretsCheck.MIN_PEPPER_LENGTH + " characters");
        }
        this.pepper = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.verifiers = new BCryptPasswordEncoder(properties.receiptHashStrength(), random);
        this.dummyVerifier = verifiers.encode(newCode());
    }

    /** A new code: {@value #DIGITS} digits, no grouping. */
    String newCode() {
        StringBuilder code = new StringBuilder(DIGITS);
        for (int i = 0; i < DIGITS; i++) {
            code.append((char) ('0' + random.nextInt(10)));
        }
        return code.toString();
    }

    /** "4821 0937 5512 8406 1193": how the code is shown to the reporter. */
    static String grouped(String code) {
        return code.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    /** What the reporter typed, without spaces; cut to a bounded length. Not validated here. */
    static String normalized(String presented) {
        String code = presented == null ? "" : presented.replaceAll("[\\s-]", "");
        return code.length() > MAX_PRESENTED ? code.substring(0, MAX_PRESENTED) : code;
    }

    static boolean wellFormed(String normalized) {
        return normalized.length() == DIGITS && normalized.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    String lookup(String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(pepper);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    String verifier(String code) {
        return verifiers.encode(code);
    }

    /** Always runs one BCrypt check, against the dummy when there is no stored verifier. */
    boolean matches(String normalized, String storedVerifier) {
        boolean match = verifiers.matches(normalized, storedVerifier == null ? dummyVerifier : storedVerifier);
        return match && storedVerifier != null;
    }
}
