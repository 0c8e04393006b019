package com.casedesk.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A rendered notice: the subject (e-mail subject, letter heading; may be null) and the body as plain
 * text. Channels that need HTML (e-mail, the letter's PDF) lay the body out in their own template.
 */
public record NoticeText(String subject, String body) {

    public static NoticeText of(String body) {
        return new NoticeText(null, body);
    }

    /** SHA-256 of subject and body as handed to the channel, recorded with the notice. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (subject != null) {
                digest.update(subject.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
            digest.update(body.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
