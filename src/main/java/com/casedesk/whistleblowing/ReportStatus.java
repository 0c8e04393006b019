package com.casedesk.whistleblowing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The status a reporter reads in the mailbox, moved by the process as the case goes on. It says where
 * the case stands, never who handles it or what was found.
 *
 * <p>It also records each stage's outcome and time in the report's row (admissibility and refusal
 * reason, committee decision, closure) for the whistleblowing statistics, which count them in SQL.
 */
@Component
class ReportStatus {

    enum Status { RECEIVED, AWAITING_SUPPLEMENT, ADMITTED, REFUSED, DECIDED, CLOSED }

    /** The report has ended: its closing time starts the retention period (ReportRetention). */
    static final Set<Status> ENDED = Set.of(Status.REFUSED, Status.CLOSED);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportStatus(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void set(String reportNumber, Status status) {
        Timestamp closedAt = ENDED.contains(status) ? Timestamp.from(Instant.now(clock)) : null;
        jdbc.update("update wb_report set status = ?, closed_at = ? where report_number = ?", status.name(), closedAt,
                reportNumber);
    }

    /** 初步评估 decided: admitted, or refused with its reason (null when admitted). */
    void assessed(String reportNumber, AdmissibilityOutcome outcome, AdmissibilityRefusal reason) {
        jdbc.update("update wb_report set admissibility = ?, refusal_reason = ?, assessed_at = ? where report_number = ?",
                outcome.name(), reason == null ? null : reason.name(), now(), reportNumber);
    }

    void decided(String reportNumber, CommitteeDecision decision) {
        jdbc.update("update wb_report set decision = ?, decided_at = ? where report_number = ?",
                decision.name(), now(), reportNumber);
    }

    void closed(String reportNumber) {
        jdbc.update("update wb_report set status = ?, closed_at = ? where report_number = ?",
                Status.CLOSED.name(), now(), reportNumber);
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
