package com.casedesk.whistleblowing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.util.SecretBytes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals a reporter's identity with a data key of its own (envelope encryption, Google Tink): every report
 * gets a fresh AES-256-GCM keyset, which encrypts the identity, and is itself stored only wrapped
 * (encrypted) by a configured master key. Destroying a report's wrapped key makes its identity unreadable
 * wherever a copy of the ciphertext lives (crypto-shredding, {@link ReportKeys}). Both layers authenticate
 * the report number, so neither a ciphertext nor a wrapped key copied to another report opens.
 *
 * <p>Records of the first scheme (one shared master key, IV ‖ ciphertext ‖ tag, report number as
 * associated data) still open: Tink's raw AES-GCM has exactly that layout. {@link IdentityKeyMaintenance}
 * re-seals them under a key of their own. Errors never carry plaintext.
 */
@Component
public class IdentityVault {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Keeps a wrapped data key from ever being taken for an identity sealed directly by the master key. */
    private static final String WRAP_CONTEXT = "wb-identity-key:";

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A report's data key, as stored: the id of the master key that wraps it and the wrapped keyset. */
    public record ReportKey(String masterKeyId, byte[] wrapped) {
    }

    /** A sealed identity and the report key that opens it. */
    public record Sealed(byte[] ciphertext, ReportKey key) {
    }

    private final Map<String, Aead> masterKeys = new HashMap<>();
    private final String activeKeyId;

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
            masterKeys.put(id, masterAead(key));
        });
        if (activeKeyId == null || !masterKeys.containsKey(activeKeyId)) {
            throw new IllegalStateException("casedesk.whistleblowing.identity-active-key must name a configured key");
        }
        this.activeKeyId = activeKeyId;
    }

    /** A configured master key as a Tink AEAD: raw AES-256-GCM (12-byte IV in front, 16-byte tag, no Tink prefix). */
    private static Aead masterAead(byte[] key) {
        try {
            AesGcmParameters parameters = AesGcmParameters.builder().setKeySizeBytes(32).setIvSizeBytes(12)
                    .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.NO_PREFIX).build();
            AesGcmKey aesGcmKey = AesGcmKey.builder().setParameters(parameters)
                    .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get())).build();
            return KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(aesGcmKey).withRandomId().makePrimary()).build()
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot use an identity key (" + e.getClass().getSimpleName() + ")");
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    /** Seals with a new data key of the report's own, wrapped by the active master key. */
    public Sealed seal(String reportNumber, ReporterIdentity identity) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            byte[] ciphertext = dataKey.getPrimitive(RegistryConfiguration.get(), Aead.class)
                    .encrypt(JSON.writeValueAsBytes(identity), associatedData(reportNumber));
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, masterKeys.get(activeKeyId),
                    wrapContext(reportNumber));
            return new Sealed(ciphertext, new ReportKey(activeKeyId, wrapped));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal the reporter's identity (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Opens an identity sealed with its report's own key. */
    public ReporterIdentity open(String reportNumber, byte[] ciphertext, ReportKey key) {
        try {
            Aead dataKey = unwrap(reportNumber, key).getPrimitive(RegistryConfiguration.get(), Aead.class);
            return JSON.readValue(dataKey.decrypt(ciphertext, associatedData(reportNumber)), ReporterIdentity.class);
        } catch (GeneralSecurityException | IOException e) {
            throw unreadable(reportNumber); // no cause: its message could describe the input
        }
    }

    /** Opens an identity of the first scheme, sealed directly by the master key {@code keyId}. */
    public ReporterIdentity openSharedKeyRecord(String reportNumber, String keyId, byte[] ciphertext) {
        try {
            return JSON.readValue(master(keyId).decrypt(ciphertext, associatedData(reportNumber)), ReporterIdentity.class);
        } catch (GeneralSecurityException | IOException e) {
            throw unreadable(reportNumber);
        }
    }

    /** The same data key, wrapped by the active master key (key rotation); the identity's ciphertext is untouched. */
    public ReportKey rewrap(String reportNumber, ReportKey key) {
        try {
            return new ReportKey(activeKeyId, TinkProtoKeysetFormat.serializeEncryptedKeyset(unwrap(reportNumber, key),
                    masterKeys.get(activeKeyId), wrapContext(reportNumber)));
        } catch (GeneralSecurityException e) {
            throw unreadable(reportNumber);
        }
    }

    /** Seals an identity as the first scheme did; only for tests of the migration path. */
    byte[] sealWithSharedKey(String reportNumber, ReporterIdentity identity) {
        try {
            return masterKeys.get(activeKeyId).encrypt(JSON.writeValueAsBytes(identity), associatedData(reportNumber));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot seal (" + e.getClass().getSimpleName() + ")");
        }
    }

    private KeysetHandle unwrap(String reportNumber, ReportKey key) throws GeneralSecurityException {
        return TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrapped(), master(key.masterKeyId()), wrapContext(reportNumber));
    }

    private Aead master(String keyId) {
        Aead master = masterKeys.get(keyId);
        if (master == null) {
            throw new IllegalStateException("identity key " + keyId + " is not configured: it is still needed to"
                    + " open records it sealed");
        }
        return master;
    }

    private static byte[] associatedData(String reportNumber) {
        return reportNumber.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] wrapContext(String reportNumber) {
        return (WRAP_CONTEXT + reportNumber).getBytes(StandardCharsets.UTF_8);
    }

    private static IllegalStateException unreadable(String reportNumber) {
        return new IllegalStateException("cannot open the identity of report " + reportNumber + " (wrong key or tampered record)");
    }
}
