package com.casedesk.audit;

import com.casedesk.security.CurrentUser;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to the audit log ({@code audit_log}). There is deliberately no method that changes or removes
 * a row, and on PostgreSQL the database refuses it too (V12). Runs in the caller's transaction if there
 * is one: a record is written exactly when the step it describes commits.
 */
@Service
public class AuditLog {

    /** Actor recorded when no person is behind the action (scheduled jobs). */
    public static final String SYSTEM = "system";
    static final int TEXT_LIMIT = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records an action of the logged-in user ({@link CurrentUser}), or of {@link #SYSTEM} outside a request.
     *
     * @param caseNumber the case or report the action concerns, or null
     * @param detail     what exactly, without personal data (ids, counts, filters), or null
     * @param reason     why, where the action requires a reason, or null
     */
    @Transactional
    public void record(AuditAction action, String caseNumber, String detail, String reason) {
        recordFor(CurrentUser.get().orElse(SYSTEM), action, caseNumber, detail, reason);
    }

    /**
     * Records an action of {@code actor}: for requests whose person Spring Security does not know, such as a
     * Tasklist or Cockpit plugin's resource under the webapp's own session login (process/EngineCaller).
     */
    @Transactional
    public void recordFor(String actor, AuditAction action, String caseNumber, String detail, String reason) {
        jdbc.update("insert into audit_log (occurred_at, actor, action, case_number, detail, reason) values (?, ?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)), actor, action.name(), caseNumber,
                limit(detail), limit(reason));
    }

    private static String limit(String text) {
        return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT - 3) + "...";
    }
}
