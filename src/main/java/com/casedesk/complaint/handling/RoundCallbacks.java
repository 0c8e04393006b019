package com.casedesk.complaint.handling;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each handling round's own satisfaction callback (满意度回访), in {@code complaint_round_callback}: the ledger
 * row holds only the current round's, and a new round clears it, so the statistics count every round's
 * outcome from here.
 */
@Component
class RoundCallbacks {

    private final JdbcTemplate jdbc;

    RoundCallbacks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(String caseNumber, int round, String outcome, Instant at, String actor) {
        jdbc.update("""
                insert into complaint_round_callback (case_number, handling_round, outcome, recorded_at, recorded_by)
                values (?, ?, ?, ?, ?)""", caseNumber, round, outcome, Timestamp.from(at), actor);
    }
}
