package com.casedesk.whistleblowing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings every sealed identity under the vault's current scheme, at every start: records of the first
 * scheme (sealed directly by a shared master key) get a data key of their own, so retention can shred
 * them too; report keys wrapped by a master key that is no longer the active one are re-wrapped by it
 * (rotation: once none is left, the old master key can be removed). One transaction per record, guarded
 * by the row's version or previous key id, so several nodes starting at once do no harm. Logs counts only.
 */
@Component
class IdentityKeyMaintenance implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityKeyMaintenance.class);
    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final IdentityVault vault;
    private final ReportKeys reportKeys;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private int failures;

    IdentityKeyMaintenance(JdbcTemplate jdbc, IdentityVault vault, ReportKeys reportKeys, TransactionTemplate transaction,
                           Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.reportKeys = reportKeys;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        failures = 0;
        int resealed = resealSharedKeyRecords();
        int rewrapped = rewrapToActiveKey();
        if (failures > 0) {
            LOG.warn("identity vault: {} records could not be opened to re-seal or re-wrap (a master key missing?)", failures);
        }
        if (resealed > 0 || rewrapped > 0) {
            LOG.info("identity vault: {} records re-sealed with a key of their own, {} report keys re-wrapped by key {}",
                    resealed, rewrapped, vault.activeKeyId());
        }
    }

    /** @return how many records of the first scheme now have a report key */
    int resealSharedKeyRecords() {
        int done = 0;
        long after = 0;
        while (true) {
            record Row(long id, String reportNumber, String keyId, byte[] ciphertext, int version) {
            }
            List<Row> rows = jdbc.query("""
                            select id, report_number, identity_key_id, identity_ciphertext, version from wb_report
                            where identity_key_id is not null and identity_ciphertext is not null and id > ?
                            order by id limit ?""",
                    (rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getInt(5)),
                    after, BATCH);
            for (Row row : rows) {
                after = row.id();
                done += attempt(() -> transaction.execute(status -> {
                    var sealed = vault.seal(row.reportNumber(),
                            vault.openSharedKeyRecord(row.reportNumber(), row.keyId(), row.ciphertext()));
                    if (jdbc.update("""
                                    update wb_report set identity_ciphertext = ?, identity_key_id = null, version = version + 1
                                    where id = ? and version = ? and identity_key_id is not null""",
                            sealed.ciphertext(), row.id(), row.version()) == 0) {
                        return false; // changed meanwhile (another node, retention): left as it is now
                    }
                    reportKeys.store(row.reportNumber(), sealed.key(), Instant.now(clock));
                    return true;
                }));
            }
            if (rows.size() < BATCH) {
                return done;
            }
        }
    }

    /** A record whose master key is missing or that does not open is left as it is (the reveal names the problem). */
    private int attempt(java.util.function.Supplier<Boolean> step) {
        try {
            return Boolean.TRUE.equals(step.get()) ? 1 : 0;
        } catch (IllegalStateException e) {
            failures++;
            return 0;
        }
    }

    /** @return how many report keys were re-wrapped by the active master key */
    int rewrapToActiveKey() {
        int done = 0;
        String after = "";
        while (true) {
            List<String> reports = jdbc.queryForList("""
                            select report_number from wb_identity_key where master_key_id <> ? and report_number > ?
                            order by report_number limit ?""",
                    String.class, vault.activeKeyId(), after, BATCH);
            for (String reportNumber : reports) {
                after = reportNumber;
                done += attempt(() -> transaction.execute(status -> reportKeys.find(reportNumber)
                        .filter(key -> !key.masterKeyId().equals(vault.activeKeyId()))
                        .map(key -> reportKeys.replace(reportNumber, key, vault.rewrap(reportNumber, key)))
                        .orElse(false)));
            }
            if (reports.size() < BATCH) {
                return done;
            }
        }
    }
}
