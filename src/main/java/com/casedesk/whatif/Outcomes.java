package com.casedesk.whatif;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads what became of every replayed complaint from its run's ledger when the run ends: the same columns the
 * monthly statistics read (statistics/ClockAndRounds), so "on time" means here what it means in the reports:
 * the decision notice sent ({@code feedback_sent_at}, the notice's proof) by the statutory date; a case settled on
 * the spot to the complainant's satisfaction has no written notice and counts at its decision.
 */
final class Outcomes {

    private static final String CASES = """
            select c.case_number, c.level, c.regime, c.received_at, c.original_statutory_due_by, c.statutory_due_by,
                   c.decided_at, c.feedback_sent_at, c.closed_at, c.withdrawn_at, c.escalation_count, c.extended,
                   c.complex_case, c.handling_round,
                   (select count(*) from clock_pause p where p.case_number = c.case_number) as pauses,
                   (select count(*) from case_event e where e.case_number = c.case_number
                       and e.event_type = 'CLOCK_RESTARTED') as restarts,
                   (select min(x.requested_at) from complaint_extension x where x.case_number = c.case_number
                       and x.kind = 'STATUTORY') as extension_requested_at
            from complaint c
            """;

    private Outcomes() {
    }

    /**
     * @param departments case number → responsible department (from the run's task feed)
     * @param workingDay  the China calendar, for deadlines that fall on a day off
     */
    static List<CaseOutcome> read(JdbcTemplate jdbc, List<Arrival> arrivals, CaseBook book, Map<String, String> departments,
                                  Instant end, Predicate<java.time.LocalDate> workingDay, java.time.ZoneId zone) {
        Map<String, Arrival> byCase = new HashMap<>();
        arrivals.forEach(a -> byCase.put(book.caseNumber(a.seq()), a));
        List<CaseOutcome> out = new ArrayList<>();
        jdbc.query(CASES, (ResultSet rs) -> {
            Arrival a = byCase.get(rs.getString("case_number"));
            if (a != null) {
                out.add(outcome(rs, a, departments.get(rs.getString("case_number")), end, workingDay, zone));
            }
        });
        out.sort(Comparator.comparingInt(CaseOutcome::seq));
        return out;
    }

    private static CaseOutcome outcome(ResultSet rs, Arrival a, String department, Instant end,
                                       Predicate<java.time.LocalDate> workingDay, java.time.ZoneId zone) throws SQLException {
        Instant original = time(rs, "original_statutory_due_by");
        Instant due = time(rs, "statutory_due_by");
        // settled on the spot to the complainant's satisfaction: told then and there, no written notice (Art. 19)
        Instant notice = time(rs, "feedback_sent_at") != null ? time(rs, "feedback_sent_at")
                : time(rs, "closed_at") != null ? time(rs, "decided_at") : null;
        boolean withdrawn = time(rs, "withdrawn_at") != null;
        Boolean onTime = withdrawn ? null : onTime(notice, due, end);
        Boolean onTimeOriginal = withdrawn ? null : onTime(notice, original, end);
        Instant lateUntil = notice != null ? notice : end;
        long lateness = Boolean.FALSE.equals(onTime) ? Duration.between(due, lateUntil).toHours() : 0;
        Instant requested = time(rs, "extension_requested_at");
        boolean extended = rs.getBoolean("extended");
        String rule = withdrawn ? CaseOutcome.WITHDRAWN : extended ? "CN-60" : rs.getBoolean("complex_case") ? "CN-30" : "CN-15";
        return new CaseOutcome(a.seq(), rs.getString("case_number"), a.receivedAt(), a.channel().name(), a.category().name(),
                a.businessLine().name(), a.amountBand(), a.flags().stream().map(Enum::name).sorted().toList(),
                rs.getInt("level"), department == null ? "(none)" : department, rs.getString("regime"), rule, original, due,
                time(rs, "decided_at"), notice, time(rs, "closed_at"), onTime, onTimeOriginal, lateness,
                rs.getInt("escalation_count"), extended, requested != null && original != null && requested.isAfter(original),
                rs.getInt("pauses"), rs.getInt("restarts"), rs.getInt("handling_round"),
                due != null && !workingDay.test(due.atZone(zone).toLocalDate()));
    }

    /** Sent by the date: on time; sent after it, or not sent and the date passed before the run ended: late; else unknown. */
    static Boolean onTime(Instant notice, Instant due, Instant end) {
        if (due == null) {
            return null;
        }
        if (notice != null) {
            return !notice.isAfter(due);
        }
        return end.isAfter(due) ? Boolean.FALSE : null;
    }

    private static Instant time(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
