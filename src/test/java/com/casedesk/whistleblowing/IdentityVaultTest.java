package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityVaultTest {

    private static final ReporterIdentity IDENTITY = new ReporterIdentity("欧阳清风", "13912345678", "oy@example.com");
    private final String oldKey = newKey();
    private final String newKey = newKey();

    @Test
    void aRecordSealedWithAnOldKeyStillOpensAfterTheActiveKeyChanges() {
        IdentityVault before = new IdentityVault(Map.of("k2025", oldKey), "k2025");
        IdentityVault.Sealed sealed = before.seal("JB20260101000001", IDENTITY);

        IdentityVault after = new IdentityVault(Map.of("k2025", oldKey, "k2026", newKey), "k2026");

        assertThat(sealed.keyId()).isEqualTo("k2025");
        assertThat(after.open("JB20260101000001", sealed.keyId(), sealed.ciphertext())).isEqualTo(IDENTITY);
        IdentityVault.Sealed fresh = after.seal("JB20260101000002", IDENTITY);
        assertThat(fresh.keyId()).isEqualTo("k2026");
        assertThat(after.open("JB20260101000002", "k2026", fresh.ciphertext())).isEqualTo(IDENTITY);
    }

    @Test
    void theCiphertextHoldsNoPlaintextAndEverySealHasItsOwnIv() {
        IdentityVault vault = new IdentityVault(Map.of("k", oldKey), "k");

        byte[] first = vault.seal("JB20260101000001", IDENTITY).ciphertext();
        byte[] second = vault.seal("JB20260101000001", IDENTITY).ciphertext();

        assertThat(first).isNotEqualTo(second);
        String asText = new String(first, StandardCharsets.ISO_8859_1);
        assertThat(asText).doesNotContain("13912345678", "oy@example.com");
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("欧阳清风");
    }

    @Test
    void aCiphertextMovedToAnotherReportOrTamperedWithDoesNotOpenAndTheErrorShowsNoPlaintext() {
        IdentityVault vault = new IdentityVault(Map.of("k", oldKey), "k");
        byte[] sealed = vault.seal("JB20260101000001", IDENTITY).ciphertext();
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> vault.open("JB20260101000002", "k", sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasNoCause()
                .message().doesNotContain("欧阳清风", "13912345678");
        assertThatThrownBy(() -> vault.open("JB20260101000001", "k", tampered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRemovedKeyCannotOpenItsRecords() {
        IdentityVault before = new IdentityVault(Map.of("k2025", oldKey), "k2025");
        byte[] sealed = before.seal("JB20260101000001", IDENTITY).ciphertext();
        IdentityVault after = new IdentityVault(Map.of("k2026", newKey), "k2026");

        assertThatThrownBy(() -> after.open("JB20260101000001", "k2025", sealed))
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
