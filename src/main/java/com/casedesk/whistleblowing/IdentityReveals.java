package com.casedesk.whistleblowing;

import com.casedesk.process.StateRuleViolation;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The custodian's reveal of a real-name reporter's identity: opened from the vault and, in the same
 * transaction, recorded in {@code wb_identity_reveal} with the custodian, the reason and the legal basis. The service has no way to change or remove a
 * reveal record. Who may call this is decided by the controller (group whistleblowing-custodian).
 */
@Service
public class IdentityReveals {

    public record Revealed(String reportNumber, String name, String phone, String email, String revealedBy,
                           Instant revealedAt) {

        @Override
        public String toString() {
            return "Revealed[" + reportNumber + ", identity redacted]";
        }
    }

    private final JdbcTemplate jdbc;
    private final IdentityVault vault;
    private final ReportKeys reportKeys;
    private final Clock clock;

    IdentityReveals(JdbcTemplate jdbc, IdentityVault vault, ReportKeys reportKeys, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.reportKeys = reportKeys;
        this.clock = clock;
    }

    @Transactional
    public Revealed reveal(String reportNumber, String reason, String legalBasis, String custodian) {
        record Sealed(boolean anonymous, byte[] ciphertext, String keyId) {
        }
        Sealed sealed = jdbc.query("""
                        select anonymous, identity_ciphertext, identity_key_id from wb_report
                        where report_number = ?""",
                (rs, i) -> new Sealed(rs.getBoolean(1), rs.getBytes(2), rs.getString(3)), reportNumber)
                .stream().findFirst().orElseThrow(ReportNotFoundException::new);
        if (sealed.anonymous() || sealed.ciphertext() == null) {
            throw new StateRuleViolation("匿名举报无身份可查 No identity to reveal",
                    "the report is anonymous: no identity is stored");
        }
        ReporterIdentity identity = open(reportNumber, sealed.keyId(), sealed.ciphertext());
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("""
                insert into wb_identity_reveal (report_number, revealed_by, reason, legal_basis, revealed_at)
                values (?, ?, ?, ?, ?)""", reportNumber, custodian, reason, legalBasis, Timestamp.from(now));
        return new Revealed(reportNumber, identity.name(), identity.phone(), identity.email(), custodian, now);
    }

    /** With the report's own key; a record of the first scheme (named master key, no report key) with that key. */
    private ReporterIdentity open(String reportNumber, String sharedKeyId, byte[] ciphertext) {
        var reportKey = reportKeys.find(reportNumber);
        if (reportKey.isPresent()) {
            return vault.open(reportNumber, ciphertext, reportKey.get());
        }
        if (sharedKeyId != null) {
            return vault.openSharedKeyRecord(reportNumber, sharedKeyId, ciphertext);
        }
        // the key was destroyed (retention) while a copy of the ciphertext survived: nothing can open it
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.GONE,
                "The report's identity key has been destroyed: the identity can no longer be revealed.");
        detail.setTitle("Identity destroyed");
        throw new ErrorResponseException(HttpStatus.GONE, detail, null);
    }
}
