package com.casedesk.complaint;

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
 * A complaint's personal data, erased when its retention period has passed (docs/security.md,
 * Retention). Kept: case number, channel, business line, category, flags, amounts, level and reason,
 * dates and deadlines, status, result, measure, root cause, owners and deciders (staff accounts), the
 * respondent's unit and staff id, the preferred channel (no contact), proof of notice (channel, times, delivery reference).
 */
@Component
class ComplaintRetention implements RetentionTarget {

    /** Closed or withdrawn before the cutoff, and nothing of the case still running in the engine. */
    private static final String EXPIRED = """
            select c.case_number from complaint c
            where c.anonymized_at is null
              and ((c.status = 'CLOSED' and c.closed_at < ?) or (c.status = 'WITHDRAWN' and c.withdrawn_at < ?)
                   -- a repeat lives as long as the case it was merged into
                   or (c.status = 'MERGED' and exists (select 1 from complaint m
                                                       where m.case_number = c.merged_into and m.anonymized_at is not null)))
              and %s
            order by coalesce(c.closed_at, c.withdrawn_at, c.merged_at), c.id
            limit ?
            """.formatted(EngineTables.noRunningInstance("c.case_number"));

    private final JdbcTemplate jdbc;

    ComplaintRetention(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CaseType caseType() {
        return CaseType.COMPLAINT;
    }

    @Override
    public List<String> expired(Instant endedBefore, int limit) {
        Timestamp cutoff = Timestamp.from(endedBefore);
        return jdbc.queryForList(EXPIRED, String.class, cutoff, cutoff, limit);
    }

    @Override
    public boolean anonymize(String caseNumber, Instant at) {
        int changed = jdbc.update("""
                update complaint set complainant_name = ?, complainant_id_number = null, complainant_phone = null,
                       complainant_email = null, complainant_address = null, respondent_staff = null, request = ?, facts = ?,
                       findings = %s, resolution = %s, withdrawal_reason = %s,
                       anonymized_at = ?, version = version + 1
                where case_number = ? and anonymized_at is null
                """.formatted(erased("findings"), erased("resolution"), erased("withdrawal_reason")),
                ERASED, ERASED, ERASED, Timestamp.from(at), caseNumber);
        if (changed == 0) {
            return false;
        }
        ComplaintsInTransaction.forget(caseNumber);
        // the idempotency record holds a hash of the whole submission, identity included
        jdbc.update("delete from intake_request where case_number = ?", caseNumber);
        // notices to the complainant: the address, the text and its subject (a template may name them); staff
        // alerts keep their group; the content hash stays as the proof that a notice was sent
        jdbc.update("update outbox_message set content = ?, subject = null, recipient = case when channel = 'INTERNAL'"
                + " then recipient else ? end where case_number = ?", ERASED, ERASED, caseNumber);
        // a letter's PDF prints the address and the text; its posting date and tracking number stay as proof
        jdbc.update("update notice_letter set pdf = null where outbox_id in (select id from outbox_message"
                + " where case_number = ?)", caseNumber);
        jdbc.update("update complaint_review set reason = ?, opinion = " + erased("opinion") + " where case_number = ?",
                ERASED, caseNumber);
        jdbc.update("update clock_pause set reason = ? where case_number = ?", ERASED, caseNumber);
        jdbc.update("update complaint_extension set reason = ?, opinion = " + erased("opinion") + " where case_number = ?",
                ERASED, caseNumber);
        return true;
    }

    @Override
    public List<String> purgeable(Instant anonymizedBefore, int limit) {
        return jdbc.queryForList("select case_number from complaint where anonymized_at < ? order by anonymized_at, id limit ?",
                String.class, Timestamp.from(anonymizedBefore), limit);
    }

    @Override
    public void purge(String caseNumber) {
        jdbc.update("delete from sms_receipt where outbox_id in (select id from outbox_message where case_number = ?)", caseNumber);
        jdbc.update("delete from notice_letter where outbox_id in (select id from outbox_message where case_number = ?)", caseNumber);
        for (String table : List.of("outbox_message", "complaint_round_callback", "complaint_review", "complaint_clock_history",
                "clock_pause", "complaint_extension", "rectification_action", "intake_request")) {
            jdbc.update("delete from " + table + " where case_number = ?", caseNumber);
        }
        jdbc.update("delete from complaint where case_number = ?", caseNumber); // its flags go with it (on delete cascade)
        ComplaintsInTransaction.forget(caseNumber);
    }

    /** The column's text replaced, an empty column left empty. */
    private static String erased(String column) {
        return "case when " + column + " is null then null else '" + ERASED + "' end";
    }
}
