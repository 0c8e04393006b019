package com.casedesk.whistleblowing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The status a reporter reads in the mailbox, moved by the process as the case goes on. It says where
 * the case stands, never who handles it or what was found.
 */
@Component
class ReportStatus {

    enum Status { RECEIVED, AWAITING_SUPPLEMENT, ADMITTED, REFUSED, DECIDED, CLOSED }

    private final JdbcTemplate jdbc;

    ReportStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void set(String reportNumber, Status status) {
        jdbc.update("update wb_report set status = ? where report_number = ?", status.name(), reportNumber);
    }
}
