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
}
