package com.casedesk.whistleblowing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The wrapped data keys of real-name reports ({@code wb_identity_key}), one per report. A deleted row is
 * the report's identity destroyed, in every copy of {@code wb_report} too: nothing else can unwrap it.
 */
@Component
class ReportKeys {

    private final JdbcTemplate jdbc;

    ReportKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(String reportNumber, IdentityVault.ReportKey key, Instant at) {
        jdbc.update("insert into wb_identity_key (report_number, master_key_id, wrapped_key, created_at) values (?, ?, ?, ?)",
                reportNumber, key.masterKeyId(), key.wrapped(), Timestamp.from(at));
    }

    Optional<IdentityVault.ReportKey> find(String reportNumber) {
        return jdbc.query("select master_key_id, wrapped_key from wb_identity_key where report_number = ?",
                (rs, i) -> new IdentityVault.ReportKey(rs.getString(1), rs.getBytes(2)), reportNumber).stream().findFirst();
    }

    /** Replaces the wrapping of a key still wrapped by {@code previous.masterKeyId()}; false if someone else did. */
    boolean replace(String reportNumber, IdentityVault.ReportKey previous, IdentityVault.ReportKey rewrapped) {
        return jdbc.update("update wb_identity_key set master_key_id = ?, wrapped_key = ? where report_number = ? and master_key_id = ?",
                rewrapped.masterKeyId(), rewrapped.wrapped(), reportNumber, previous.masterKeyId()) == 1;
    }

    /** Crypto-shredding: the report's identity can no longer be opened, from any copy. */
    void destroy(String reportNumber) {
        jdbc.update("delete from wb_identity_key where report_number = ?", reportNumber);
    }
}
