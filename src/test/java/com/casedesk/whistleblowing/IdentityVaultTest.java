package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import com.casedesk.support.UnitTest;
import org.junit.jupiter.api.Test;

@UnitTest
class IdentityVaultTest {

    private static final ReporterIdentity IDENTITY = new ReporterIdentity("欧阳清风", "13912345678", "oy@example.com");
    private final String oldKey = newKey();
    private final String newKey = newKey();

    @Test
    void aRecordSealedWithAnOldKeyStillOpensAfterTheActiveKeyChanges() {
        IdentityVault before = new IdentityVault(Map.of("k2025", oldKey), "k2025");
        IdentityVault.Sealed sealed = before.seal("JB20260101000001", IDENTITY);

        IdentityVault after = new IdentityVault(Map.of("k2025", oldKey, "k2026", newKey), "k2026");

        assertThat(sealed.key().masterKeyId()).isEqualTo("k2025");
        assertThat(after.open("JB20260101000001", sealed.ciphertext(), sealed.key())).isEqualTo(IDENTITY);
        IdentityVault.Sealed fresh = after.seal("JB20260101000002", IDENTITY);
        assertThat(fresh.key().masterKeyId()).isEqualTo("k2026");
        assertThat(after.open("JB20260101000002", fresh.ciphertext(), fresh.key())).isEqualTo(IDENTITY);
    }

    @Test
    void theCiphertextHoldsNoPlaintextAndEveryReportHasItsOwnDataKey() {
        IdentityVault vault = new IdentityVault(Map.of("k", oldKey), "k");

        IdentityVault.Sealed first = vault.seal("JB20260101000001", IDENTITY);
        IdentityVault.Sealed second = vault.seal("JB20260101000001", IDENTITY);

        assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
        assertThat(first.key().wrapped()).isNotEqualTo(second.key().wrapped());
        for (byte[] stored : new byte[][] {first.ciphertext(), first.key().wrapped()}) {
            assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("13912345678", "oy@example.com");
            assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("欧阳清风");
        }
        // one report's data key does not open another's identity
        assertThatThrownBy(() -> vault.open("JB20260101000001", first.ciphertext(), second.key()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCiphertextOrKeyMovedToAnotherReportOrTamperedWithDoesNotOpenAndTheErrorShowsNoPlaintext() {
        IdentityVault vault = new IdentityVault(Map.of("k", oldKey), "k");
        IdentityVault.Sealed sealed = vault.seal("JB20260101000001", IDENTITY);
        byte[] tampered = sealed.ciphertext().clone();
        tampered[tampered.length - 1] ^= 1;
        byte[] tamperedKey = sealed.key().wrapped().clone();
        tamperedKey[tamperedKey.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.open("JB20260101000002", sealed.ciphertext(), sealed.key()))
                .isInstanceOf(IllegalStateException.class)
                .hasNoCause()
                .message().doesNotContain("欧阳清风", "13912345678");
        assertThatThrownBy(() -> vault.open("JB20260101000001", tampered, sealed.key())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.open("JB20260101000001", sealed.ciphertext(), new IdentityVault.ReportKey("k", tamperedKey)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutItsReportKeyAnIdentityDoesNotOpenEvenWithTheMasterKey() {
        IdentityVault vault = new IdentityVault(Map.of("k", oldKey), "k");
        IdentityVault.Sealed sealed = vault.seal("JB20260101000001", IDENTITY);

        // crypto-shredding: the master key alone, the only other secret, cannot open the ciphertext
        assertThatThrownBy(() -> vault.openSharedKeyRecord("JB20260101000001", "k", sealed.ciphertext()))
                .isInstanceOf(IllegalStateException.class).hasNoCause();
    }

    @Test
    void aRecordOfTheSharedKeySchemeStillOpens() throws Exception {
        // sealed exactly as the first IdentityVault did: JCA AES/GCM, IV ‖ ciphertext ‖ tag, report number as AAD
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(Base64.getDecoder().decode(oldKey), "AES"), new GCMParameterSpec(128, iv));
        cipher.updateAAD("JB20250101000001".getBytes(StandardCharsets.UTF_8));
        byte[] body = cipher.doFinal("{\"name\":\"欧阳清风\",\"phone\":\"13912345678\",\"email\":\"oy@example.com\"}"
                .getBytes(StandardCharsets.UTF_8));
        byte[] legacy = ByteBuffer.allocate(12 + body.length).put(iv).put(body).array();

        IdentityVault vault = new IdentityVault(Map.of("k2025", oldKey, "k2026", newKey), "k2026");

        assertThat(vault.openSharedKeyRecord("JB20250101000001", "k2025", legacy)).isEqualTo(IDENTITY);
        assertThatThrownBy(() -> vault.openSharedKeyRecord("JB20250101000002", "k2025", legacy))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aReportKeyRewrappedByTheNewMasterKeyOpensOnceTheOldOneIsGone() {
        IdentityVault before = new IdentityVault(Map.of("k2025", oldKey), "k2025");
        IdentityVault.Sealed sealed = before.seal("JB20260101000001", IDENTITY);
        IdentityVault during = new IdentityVault(Map.of("k2025", oldKey, "k2026", newKey), "k2026");

        IdentityVault.ReportKey rewrapped = during.rewrap("JB20260101000001", sealed.key());

        assertThat(rewrapped.masterKeyId()).isEqualTo("k2026");
        IdentityVault after = new IdentityVault(Map.of("k2026", newKey), "k2026");
        assertThat(after.open("JB20260101000001", sealed.ciphertext(), rewrapped)).isEqualTo(IDENTITY);
        assertThatThrownBy(() -> after.open("JB20260101000001", sealed.ciphertext(), sealed.key()))
                .hasMessageContaining("k2025 is not configured");
    }

    @Test
    void aRemovedKeyCannotOpenItsRecords() {
        IdentityVault before = new IdentityVault(Map.of("k2025", oldKey), "k2025");
        IdentityVault.Sealed sealed = before.seal("JB20260101000001", IDENTITY);
        byte[] legacy = before.sealWithSharedKey("JB20260101000002", IDENTITY);
        IdentityVault after = new IdentityVault(Map.of("k2026", newKey), "k2026");

        assertThatThrownBy(() -> after.open("JB20260101000001", sealed.ciphertext(), sealed.key()))
                .hasMessageContaining("k2025 is not configured");
        assertThatThrownBy(() -> after.openSharedKeyRecord("JB20260101000002", "k2025", legacy))
                .hasMessageContaining("k2025 is not configured");
    }

    @Test
    void keysMustBe256BitsAndTheActiveKeyMustExist() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> new IdentityVault(Map.of("k", shortKey), "k")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new IdentityVault(Map.of("k", oldKey), "other")).hasMessageContaining("active-key");
    }

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
