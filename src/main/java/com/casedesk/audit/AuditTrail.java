package com.casedesk.audit;

import com.casedesk.process.EngineTables;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/**
 * The compliance view of who did what, when and why: one query over the four places where such facts
 * are written, each exactly once, at the moment they happen.
 *
 * <ul>
 *   <li>{@code audit_log}: reads of personal data, exports, anonymization ({@link AuditLog});</li>
 *   <li>{@code case_event}: the events that change a case's grade, owner or deadlines, written by the
 *       step that makes the change ({@link #CASE_EVENT_TYPES});</li>
 *   <li>{@code wb_identity_reveal}: a custodian's reveal of a reporter's identity, with the reason (the legal basis
 *   in the detail);</li>
 *   <li>the engine's user operation log, category {@code Admin}: users, groups, memberships, tenants and
 *       authorizations changed by a logged-in person in the Admin webapp or through {@code /engine-rest}
 *       ({@link EngineTables#adminOperations}). Read with SQL so that one page can be sorted across all four.</li>
 * </ul>
 */
@Repository
class AuditTrail {

    /** Case events that change who holds a case, its level or its deadlines. */
    static final List<String> CASE_EVENT_TYPES = List.of(
            // grade
            "GRADED", "REGRADED",
            // owner
            "TASK_ASSIGNED", "DEPARTMENT_ASSIGNED", "HANDED_OVER", "FORWARDED_TO_LEADERSHIP",
            // deadlines
            "DEADLINE_CHANGED", "CLASSIFIED_COMPLEX", "EXTENSION_APPROVED", "CLOCK_PAUSED", "CLOCK_RESUMED",
            "CLOCK_RESTARTED");

    private static final String TRAIL = """
            select 'AUDIT_LOG' as source, cast(a.id as varchar(64)) as entry_id, a.occurred_at, a.actor, a.action,
                   a.case_number, a.detail, a.reason
            from audit_log a
            union all
            select 'CASE_EVENT', cast(e.id as varchar(64)), e.occurred_at, e.actor, e.event_type,
                   e.case_number, e.detail, cast(null as varchar(1000))
            from case_event e
            where e.event_type in (%s)
            union all
            select 'IDENTITY_REVEAL', cast(r.id as varchar(64)), r.revealed_at, r.revealed_by, 'IDENTITY_REVEALED',
                   r.report_number, cast(case when r.legal_basis is null then null
                                             else '法律依据 legal basis: ' || r.legal_basis end as varchar(4000)), r.reason
            from wb_identity_reveal r
            union all
            %s
            """.formatted(CASE_EVENT_TYPES.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", ")),
                    EngineTables.adminOperations("ENGINE_OP_LOG"));

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(rs.getString("source"),
            rs.getString("entry_id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
            rs.getString("action"), rs.getString("case_number"), rs.getString("detail"), rs.getString("reason"));

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, newest first. */
    List<AuditEntry> find(AuditQuery query, int offset, int limit) {
        Where where = where(query);
        List<Object> args = new ArrayList<>(where.args());
        args.add(limit);
        args.add(offset);
        return jdbc.query("select * from (" + TRAIL + ") t" + where.sql()
                + " order by occurred_at desc, source, entry_id desc limit ? offset ?", ROW, args.toArray());
    }

    long count(AuditQuery query) {
        Where where = where(query);
        Long count = jdbc.queryForObject("select count(*) from (" + TRAIL + ") t" + where.sql(), Long.class,
                where.args().toArray());
        return count == null ? 0 : count;
    }

    private record Where(String sql, List<Object> args) {
    }

    private static Where where(AuditQuery q) {
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (q.from() != null) {
            conditions.add("occurred_at >= ?");
            args.add(Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            conditions.add("occurred_at < ?");
            args.add(Timestamp.from(q.to()));
        }
        if (q.caseNumber() != null) {
            conditions.add("case_number = ?");
            args.add(q.caseNumber());
        }
        if (q.actor() != null) {
            conditions.add("actor = ?");
            args.add(q.actor());
        }
        if (q.action() != null) {
            conditions.add("action = ?");
            args.add(q.action());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), args);
    }
}
