package com.casedesk.whatif;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.casedesk.process.EngineTaskHistory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What {@link StaffingFit} reads from a casedesk database: SELECTs only, portable between PostgreSQL and H2;
 * the engine's tables through {@link EngineTaskHistory}. The engine's history tables hold timestamps without
 * zone written in the service JVM's zone (read here in this JVM's, so run the fit in the service's time zone);
 * the ledger's carry their zone. Only tasks of complaints count (their process's business key is a case
 * number in {@code complaint}): whistleblowing has tasks of the same keys.
 */
final class FitHistory {

    private static final String COMPLAINT_KEY = "exists (select 1 from complaint c where c.case_number = p.BUSINESS_KEY_)";

    private final JdbcTemplate jdbc;
    private final Timestamp from;
    private final Timestamp to;

    /** A user task completed in the window, with the last claim by its completer before completion (or null). */
    record Task(String id, String key, String assignee, Instant created, Instant completed, Instant claimed,
                String caseNumber, Set<String> groups, Map<String, String> variables) {
    }

    /** A ledger row's case number and instant (an extension request, a pause). */
    record CaseInstant(String caseNumber, Instant at) {
    }

    /** A complaint decided in the window: when its decision went out, and its first review request (or null). */
    record Decided(String caseNumber, Instant noticed, Instant reviewRequested) {
    }

    /** A complaint received in the window, and when it was withdrawn (or null). */
    record Received(Instant received, Instant withdrawn) {
    }

    FitHistory(JdbcTemplate jdbc, Instant from, Instant to) {
        this.jdbc = jdbc;
        this.from = Timestamp.from(from);
        this.to = Timestamp.from(to);
    }

    /** Every complaint task completed in the window, with the values of {@code variableNames} it submitted. */
    List<Task> tasks(Collection<String> variableNames) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        jdbc.query(EngineTaskHistory.completedTasks(COMPLAINT_KEY), (ResultSet rs) -> {
                    String id = rs.getString("task_id");
                    tasks.put(id, new Task(id, rs.getString("task_key"), rs.getString("assignee"),
                            instant(rs.getTimestamp("created")), instant(rs.getTimestamp("completed")), null,
                            rs.getString("business_key"), new TreeSet<>(), new HashMap<>()));
                }, from, to);
        Map<String, Instant> claims = new HashMap<>();
        // Tasklist's claim (and unclaim: no new value) as the user operation log keeps it; the last one
        // that made the completer the assignee is when they took the task up
        jdbc.query(EngineTaskHistory.claims(), (ResultSet rs) -> {
                    Task task = tasks.get(rs.getString("task_id"));
                    Instant at = instant(rs.getTimestamp("claimed"));
                    if (task != null && task.assignee() != null && task.assignee().equals(rs.getString("assignee"))
                            && !at.isAfter(task.completed())) {
                        claims.put(task.id(), at);
                    }
                }, from, to);
        jdbc.query(EngineTaskHistory.candidateGroups(), (ResultSet rs) -> {
                    Task task = tasks.get(rs.getString("task_id"));
                    if (task != null) {
                        task.groups().add(rs.getString("group_id"));
                    }
                }, from, to);
        if (!variableNames.isEmpty()) {
            List<Object> args = new ArrayList<>(List.of(from, to));
            args.addAll(variableNames);
            jdbc.query(EngineTaskHistory.submittedValues(variableNames.size()), (ResultSet rs) -> {
                        Task task = tasks.get(rs.getString("task_id"));
                        if (task != null) {
                            task.variables().put(rs.getString("name"), value(rs));
                        }
                    }, args.toArray());
        }
        return tasks.values().stream().map(t -> new Task(t.id(), t.key(), t.assignee(), t.created(), t.completed(),
                claims.get(t.id()), t.caseNumber(), Set.copyOf(t.groups()), Map.copyOf(t.variables()))).toList();
    }

    /** Statutory extension requests (Art. 18) made from {@code since} to the window's end. */
    List<CaseInstant> extensionRequests(Instant since) {
        return jdbc.query("select case_number, requested_at as at from complaint_extension"
                + " where kind = 'STATUTORY' and requested_at >= ? and requested_at < ?",
                (rs, i) -> new CaseInstant(rs.getString("case_number"), zoned(rs, "at")), zoned(since), zoned(to.toInstant()));
    }

    /** Clock pauses (outside appraisal, mediation) started from {@code since} to the window's end. */
    List<CaseInstant> pauses(Instant since) {
        return jdbc.query("select case_number, started_at as at from clock_pause where started_at >= ? and started_at < ?",
                (rs, i) -> new CaseInstant(rs.getString("case_number"), zoned(rs, "at")), zoned(since), zoned(to.toInstant()));
    }

    List<Decided> decided() {
        return jdbc.query("""
                select c.case_number, coalesce(c.feedback_sent_at, c.decided_at) as noticed,
                       (select min(r.requested_at) from complaint_review r where r.case_number = c.case_number) as review
                from complaint c where c.decided_at >= ? and c.decided_at < ?""",
                (rs, i) -> new Decided(rs.getString("case_number"), zoned(rs, "noticed"), zoned(rs, "review")),
                zoned(from.toInstant()), zoned(to.toInstant()));
    }

    List<Received> received() {
        return jdbc.query("select received_at, withdrawn_at from complaint where received_at >= ? and received_at < ?",
                (rs, i) -> new Received(zoned(rs, "received_at"), zoned(rs, "withdrawn_at")),
                zoned(from.toInstant()), zoned(to.toInstant()));
    }

    /**
     * The ledger's own record of what the forms decided, for comparison with the engine's history (which
     * the retention sweep may have thinned): callback outcomes per round recorded, decisions by result and
     * measure, statutory extension requests by status, in the window.
     */
    Map<String, Map<String, Long>> ledgerCounts() {
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        count(counts, "complaint_round_callback.outcome", "select outcome as v, count(*) as n from complaint_round_callback"
                + " where recorded_at >= ? and recorded_at < ? group by outcome");
        count(counts, "complaint.result/measure", "select coalesce(result, '-') || '/' || coalesce(measure, '-') as v,"
                + " count(*) as n from complaint where decided_at >= ? and decided_at < ? group by result, measure");
        count(counts, "complaint_extension.status", "select status as v, count(*) as n from complaint_extension"
                + " where kind = 'STATUTORY' and requested_at >= ? and requested_at < ? group by status");
        return counts;
    }

    private void count(Map<String, Map<String, Long>> counts, String name, String sql) {
        Map<String, Long> values = new java.util.TreeMap<>();
        jdbc.query(sql, (ResultSet rs) -> {
            values.put(rs.getString("v"), rs.getLong("n"));
        }, zoned(from.toInstant()), zoned(to.toInstant()));
        counts.put(name, values);
    }

    /** A variable's value as text, whatever its type: booleans and "true"/"false" strings compare alike. */
    private static String value(ResultSet rs) throws SQLException {
        String type = rs.getString("type");
        if ("boolean".equals(type)) {
            long v = rs.getLong("long_value");
            return rs.wasNull() ? null : Boolean.toString(v != 0);
        }
        if ("double".equals(type)) {
            double v = rs.getDouble("double_value");
            return rs.wasNull() ? null : Double.toString(v);
        }
        if ("integer".equals(type) || "long".equals(type) || "short".equals(type)) {
            long v = rs.getLong("long_value");
            return rs.wasNull() ? null : Long.toString(v);
        }
        return rs.getString("text");
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime zoned(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant zoned(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
