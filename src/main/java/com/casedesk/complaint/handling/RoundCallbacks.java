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

    /**
     * One row per round: a second callback in the same round (a case that was already waiting at its callback
     * when a review set it aside) replaces the first rather than failing the person's task.
     */
    void record(String caseNumber, int round, String outcome, Instant at, String actor) {
        int updated = jdbc.update("""
                update complaint_round_callback set outcome = ?, recorded_at = ?, recorded_by = ?
                where case_number = ? and handling_round = ?""", outcome, Timestamp.from(at), actor, caseNumber, round);
        if (updated == 0) {
            jdbc.update("""
                    insert into complaint_round_callback (case_number, handling_round, outcome, recorded_at, recorded_by)
                    values (?, ?, ?, ?, ?)""", caseNumber, round, outcome, Timestamp.from(at), actor);
        }
    }
}
