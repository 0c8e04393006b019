package com.casedesk.whistleblowing;

import static com.casedesk.casefile.CaseFileErasure.ERASED;

import com.casedesk.process.EngineTables;
import com.casedesk.retention.CaseType;
import com.casedesk.retention.RetentionTarget;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A report's personal data, erased when its retention period has passed (docs/security.md, Retention):
 * the report's data key is destroyed (crypto-shredding: the identity can no longer be opened from any
 * copy of {@code wb_report}, a backup included) and the sealed identity deleted, the reported person's name, the description, place and every mailbox
 * message's text are replaced, and the list of involved staff is removed. Kept: report number,
 * anonymous flag, pseudonym, reported unit, dates, status, the receipt lookup (the mailbox still shows
 * the status) and the reveal records.
 */
@Component
class ReportRetention implements RetentionTarget {

    private static final String EXPIRED = """
            select r.report_number from wb_report r
            where r.anonymized_at is null
              and r.status in ('CLOSED', 'REFUSED') and r.closed_at < ?
              and %s
            order by r.closed_at, r.id
            limit ?
            """.formatted(EngineTables.noRunningInstance("r.report_number"));

    private final JdbcTemplate jdbc;
    private final ReportKeys reportKeys;

    ReportRetention(JdbcTemplate jdbc, ReportKeys reportKeys) {
        this.jdbc = jdbc;
        this.reportKeys = reportKeys;
    }

    @Override
    public CaseType caseType() {
        return CaseType.WHISTLEBLOWING;
    }

    @Override
    public List<String> expired(Instant endedBefore, int limit) {
        return jdbc.queryForList(EXPIRED, String.class, Timestamp.from(endedBefore), limit);
    }

    @Override
    public boolean anonymize(String reportNumber, Instant at) {
        int changed = jdbc.update("""
                update wb_report set identity_ciphertext = null, identity_key_id = null, reported_name = null,
                       description = ?, location = null, anonymized_at = ?, version = version + 1
                where report_number = ? and anonymized_at is null
                """, ERASED, Timestamp.from(at), reportNumber);
        if (changed == 0) {
            return false;
        }
        reportKeys.destroy(reportNumber);
        jdbc.update("update wb_message set body = ? where report_number = ?", ERASED, reportNumber);
        jdbc.update("delete from wb_involved where report_number = ?", reportNumber);
        return true;
    }

    @Override
    public List<String> purgeable(Instant anonymizedBefore, int limit) {
        return jdbc.queryForList("select report_number from wb_report where anonymized_at < ? order by anonymized_at, id limit ?",
                String.class, Timestamp.from(anonymizedBefore), limit);
    }

    /** The identity reveals stay: append-only, like the audit log (docs/security.md). */
    @Override
    public void purge(String reportNumber) {
        for (String table : List.of("wb_message", "wb_involved", "wb_identity_key", "rectification_action")) {
            jdbc.update("delete from " + table + " where " + (table.equals("rectification_action") ? "case_number" : "report_number")
                    + " = ?", reportNumber);
        }
        jdbc.update("delete from wb_report where report_number = ?", reportNumber);
    }
}
