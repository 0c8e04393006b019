package com.casedesk.complaint.search;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.access.CaseAccess;
import com.casedesk.complaint.access.ContactDisclosure;
import com.casedesk.process.EngineTables;
import com.casedesk.security.PersonalDataMask;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds complaints for staff. The need-to-know rule (CaseAccess, incl. 回避) is part of the query, so the
 * page and the total count only cases the caller may open one by one. On PostgreSQL a name or unit part
 * is served by trigram indexes (db/vendor/postgresql V19_1_1; a part of two characters by those on its pairs,
 * V23_4), a phone by an index on its digits; on H2 the same SQL scans.
 */
@Service
public class ComplaintSearch {

    /**
     * The phone without the separators people type: the same expression as the PostgreSQL index
     * ix_complaint_phone_digits. Nested replace, not translate: H2's translate keeps characters that have no
     * replacement.
     */
    static final String PHONE_DIGITS = "replace(replace(replace(replace(replace(c.complainant_phone,"
            + " ' ', ''), '-', ''), '+', ''), '(', ''), ')', '')";
    private static final List<String> OPEN = Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen)
            .map(Enum::name).toList();

    private final JdbcTemplate jdbc;
    private final CaseAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    ComplaintSearch(JdbcTemplate jdbc, CaseAccess access, AuditLog audit, Clock clock,
                    @Value("${casedesk.complaint.zone}") ZoneId zone) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * One result row; the phone masked unless the caller's role reads contact data in full (ContactDisclosure).
     * {@code overdue} as the filter {@code overdue=true} reads it: still open, no decision, reply deadline past.
     */
    public record Hit(String caseNumber, String status, Integer level, String category, String channel,
                      Instant receivedAt, Instant replyDueBy, Instant statutoryDueBy, String complainantName,
                      String complainantPhone, String respondentUnit, String currentOwner, boolean overdue) {
    }

    /**
     * {@code total}: the matches counted up to {@link #COUNT_CAP}; {@code totalExact} false: there are more
     * (shown as "1000+"), the pages go on while they are full.
     */
    public record Page(List<Hit> items, int page, int size, long total, boolean totalExact) {
    }

    /**
     * Matches are counted up to here. Counting every match of a broad search (a whole unit: one case in eight of
     * a million) took 0.35 s for an overseer and seconds for a case worker, whose need-to-know is asked per case
     * (issue 20); past a thousand, a narrower search finds a case, not a count.
     */
    static final int COUNT_CAP = 1000;

    /**
     * Every search is audited (its rows carry complainants' names), in the same transaction as the read.
     * {@code user} and {@code groups} are the caller's: the API's Basic-auth login or a webapp session.
     */
    @Transactional
    public Page search(String user, List<String> groups, SearchCriteria criteria) {
        return search(user, groups, criteria, COUNT_CAP);
    }

    /** {@link #search} with another cap on the count: the tests' small one. */
    @Transactional
    Page search(String user, List<String> groups, SearchCriteria criteria, int countCap) {
        Instant now = Instant.now(clock);
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" from complaint c where 1 = 1");
        if (!criteria.statuses().isEmpty()) {
            where.append(" and c.status in (").append(placeholders(criteria.statuses().size())).append(")");
            criteria.statuses().forEach(s -> args.add(s.name()));
        }
        if (criteria.level() != null) {
            where.append(" and c.level = ?");
            args.add(criteria.level());
        }
        if (criteria.overdue()) {
            // as the monitor counts an overdue reply (statistics/CaseMonitor): still open, no decision, past due
            where.append(" and c.decided_at is null and c.reply_due_by < ? and c.status in (")
                    .append(placeholders(OPEN.size())).append(")");
            args.add(Timestamp.from(now));
            args.addAll(OPEN);
        }
        if (criteria.dueBefore() != null) {
            where.append(" and c.reply_due_by < ?");
            args.add(Timestamp.from(criteria.dueBefore().atStartOfDay(zone).toInstant()));
        }
        SearchCriteria.Query q = criteria.query();
        if (q != null) {
            switch (q.kind()) {
                case CASE_NUMBER -> {
                    where.append(" and c.case_number = ?");
                    args.add(q.value());
                }
                case PHONE -> {
                    where.append(" and ").append(PHONE_DIGITS).append(" in (?, ?, ?)");
                    args.addAll(List.of(q.value(), "86" + q.value(), "0086" + q.value()));
                }
                case TEXT -> {
                    String literal = q.value().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                    if (Bigrams.isPair(q.value())) {
                        // no trigram in two characters: the pairs' index (Bigrams) finds them
                        where.append(" and (casedesk_bigrams(c.complainant_name) like ? escape '\\'"
                                + " or casedesk_bigrams(c.respondent_unit) like ? escape '\\')");
                        literal = "% " + literal + " %";
                    } else {
                        where.append(" and (c.complainant_name like ? escape '\\' or c.respondent_unit like ? escape '\\')");
                        literal = "%" + literal + "%";
                    }
                    args.add(literal);
                    args.add(literal);
                }
            }
        }
        scope(criteria.scope(), user, groups, where, args);
        CaseAccess.SqlCondition visible = access.visibleTo(user, groups, "c.case_number");
        where.append(" and ").append(visible.sql());
        args.addAll(visible.args());

        Long counted = jdbc.queryForObject("select count(*) from (select 1" + where + " limit " + (countCap + 1) + ") m",
                Long.class, args.toArray());
        long found = counted == null ? 0 : counted;
        boolean exact = found <= countCap;
        long total = Math.min(found, countCap);
        boolean inFull = ContactDisclosure.inFull(groups);
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(criteria.size());
        pageArgs.add(criteria.page() * criteria.size());
        List<Hit> items = jdbc.query("""
                select c.case_number, c.status, c.level, c.category, c.channel, c.received_at, c.reply_due_by,
                       c.statutory_due_by, c.complainant_name, c.complainant_phone, c.respondent_unit, c.current_owner,
                       c.decided_at
                """ + where + " order by c.reply_due_by, c.level nulls last, c.case_number limit ? offset ?",
                (rs, i) -> hit(rs, inFull, now), pageArgs.toArray());
        audit.recordFor(user, AuditAction.COMPLAINT_SEARCH, null, detail(criteria, exact ? Long.toString(total)
                : total + "+", items), null);
        return new Page(items, criteria.page(), criteria.size(), total, exact);
    }

    /**
     * 我的案件 / 本组案件 as a semi-join on a small set of case numbers (the caller's open tasks, the cases they
     * own: ix_complaint_current_owner), so the planner starts from that set, not from the ledger.
     */
    private static void scope(SearchCriteria.Scope scope, String user, List<String> groups, StringBuilder where,
                              List<Object> args) {
        if (scope == SearchCriteria.Scope.MINE) {
            where.append(" and c.case_number in (").append(EngineTables.businessKeysOfOpenTasksAssignedTo())
                    .append(" union select o.case_number from complaint o where o.current_owner = ?)");
            args.add(user);
            args.add(user);
        } else if (scope == SearchCriteria.Scope.GROUP) {
            where.append(" and c.case_number in (").append(EngineTables.businessKeysOfOpenTasksOfferedTo(groups.size()))
                    .append(")");
            args.addAll(groups);
        }
    }

    private static Hit hit(ResultSet rs, boolean inFull, Instant now) throws SQLException {
        String phone = rs.getString("complainant_phone");
        int level = rs.getInt("level");
        Integer lvl = rs.wasNull() ? null : level;
        String status = rs.getString("status");
        Instant replyDueBy = instant(rs, "reply_due_by");
        boolean overdue = instant(rs, "decided_at") == null && OPEN.contains(status) && replyDueBy != null
                && replyDueBy.isBefore(now);
        return new Hit(rs.getString("case_number"), status, lvl, rs.getString("category"), rs.getString("channel"),
                instant(rs, "received_at"), replyDueBy, instant(rs, "statutory_due_by"), rs.getString("complainant_name"),
                inFull ? phone : PersonalDataMask.phone(phone), rs.getString("respondent_unit"),
                rs.getString("current_owner"), overdue);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * Who searched for what and which cases they were shown. A phone is recorded masked; a name or unit
     * part as typed, so that compliance can tell who looked for whom (the audit log is theirs alone).
     */
    private static String detail(SearchCriteria c, String total, List<Hit> items) {
        StringBuilder d = new StringBuilder();
        if (c.query() != null) {
            String shown = c.query().kind() == SearchCriteria.Kind.PHONE
                    ? PersonalDataMask.phone(c.query().value()) : c.query().value();
            d.append("q=").append(shown).append(" (").append(c.query().kind().name().toLowerCase()).append(") ");
        }
        if (!c.statuses().isEmpty()) {
            d.append("status=").append(c.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(","))).append(' ');
        }
        if (c.level() != null) {
            d.append("level=").append(c.level()).append(' ');
        }
        if (c.overdue()) {
            d.append("overdue=true ");
        }
        if (c.dueBefore() != null) {
            d.append("dueBefore=").append(c.dueBefore()).append(' ');
        }
        if (c.scope() != null) {
            d.append("scope=").append(c.scope().parameter()).append(' ');
        }
        d.append("page=").append(c.page()).append(" size=").append(c.size()).append(" total=").append(total)
                .append(" shown=").append(items.stream().map(Hit::caseNumber).collect(Collectors.joining(",")));
        return d.toString();
    }

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
