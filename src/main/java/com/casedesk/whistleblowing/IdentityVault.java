package com.casedesk.whistleblowing;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals a reporter's identity with AES-256-GCM: a random 96-bit IV per record, stored in front of the
 * ciphertext (which ends with the 128-bit tag), and the report number as additional authenticated
 * data, so a ciphertext copied to another report does not open. The key id is stored beside the
 * record: any configured key opens its own records; only the active key seals new ones (rotation,
 * docs/security.md). Errors never carry plaintext.
 */
@Component
public class IdentityVault {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A sealed identity: the key that sealed it and IV ‖ ciphertext ‖ tag. */
    public record Sealed(String keyId, byte[] ciphertext) {
    }

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public IdentityVault(WhistleblowingProperties properties) {
        this(properties.identityKeys(), properties.identityActiveKey());
    }

    IdentityVault(Map<String, String> base64Keys, String activeKeyId) {
        if (base64Keys == null || base64Keys.isEmpty()) {
            throw new IllegalStateException("casedesk.whistleblowing.identity-keys is empty");
        }
        base64Keys.forEach((id, value) -> {
            if (id.length() > 32) {
                throw new IllegalStateException("identity key id " + id + " is longer than 32 characters");
            }
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("casedesk.whistleblowing.identity-keys." + id + " is not base64");
            }
            if (key.length != 32) {
                throw new IllegalStateException("casedesk.whistleblowing.identity-keys." + id
                        + " must be 32 bytes (AES-256), base64-encoded");
            }
            keys.put(id, new SecretKeySpec(key, "AES"));
        });
        if (activeKeyId == null || !keys.containsKey(activeKeyId)) {
            throw new IllegalStateException("casedesk.whistleblowing.identity-active-key must name a configured key");
        }
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Sealed seal(String reportNumber, ReporterIdentity identity) {
        try {
            byte[] plaintext = JSON.writeValueAsBytes(identity);
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(reportNumber.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext);
            return new Sealed(activeKeyId, ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal the reporter's identity (" + e.getClass().getSimpleName() + ")");
        }
    }

    public ReporterIdentity open(String reportNumber, String keyId, byte[] ciphertext) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("identity key " + keyId + " is not configured: it is still needed to"
                    + " open records it sealed");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, ciphertext, 0, IV_BYTES));
            cipher.updateAAD(reportNumber.getBytes(StandardCharsets.UTF_8));
            byte[] plaintext = cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES);
            return JSON.readValue(plaintext, ReporterIdentity.class);
        } catch (GeneralSecurityException | IOException e) {
            // no cause: its message could describe the input
            throw new IllegalStateException("cannot open the identity of report " + reportNumber
                    + " (wrong key or tampered record)");
        }
    }
}
