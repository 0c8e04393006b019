package com.casedesk.statistics;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.process.EngineTables;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 投诉监控 dashboard that the Cockpit plugin ({@code statistics.cockpit}) shows: complaints opened and
 * closed per day, the open backlog by level and group, cases near or past their reply deadline and the
 * oldest open cases, each with its complaint-handling process instance for the link into Cockpit. Case
 * numbers, levels and owners only: no complainant data.
 */
@Component
public class CaseMonitor {

    static final String PROCESS_KEY = "complaint-handling";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /**
     * The open cases by their statuses (ComplaintStatus.isOpen): an index range on ix_complaint_status_due, where
     * "not closed" read every complaint of five years (issue 20).
     */
    static final List<String> OPEN_STATUS_NAMES = java.util.Arrays.stream(com.casedesk.complaint.ComplaintStatus.values())
            .filter(com.casedesk.complaint.ComplaintStatus::isOpen).map(Enum::name).toList();
    static final String OPEN_STATUSES = OPEN_STATUS_NAMES.stream().map(st -> "'" + st + "'")
            .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    private static final String PER_DAY = """
            select b.idx as idx,
                   sum(case when c.received_at >= b.b_start and c.received_at < b.b_asof then 1 else 0 end) as opened,
                   sum(case when c.closed_at >= b.b_start and c.closed_at < b.b_asof then 1 else 0 end) as closed
            from %s
            left join complaint c on (c.received_at >= b.b_start and c.received_at < b.b_asof)
                                  or (c.closed_at >= b.b_start and c.closed_at < b.b_asof)
            group by b.idx
            order by b.idx
            """;
    /**
     * The backlog by level and owner and the deadline counts in one pass over the open cases (two passes took
     * 0.7 s with 100,000 open cases; issue 20); the dashboard adds the groups' counts up.
     */
    private static final String BACKLOG = """
            select b.level, b.owner, %s as owner_name, b.n, b.overdue_statutory, b.overdue_reply, b.near_deadline,
                   b.breached_open
            from (select cast(c.level as varchar(8)) as level, c.current_owner as owner, count(*) as n,
                         sum(case when c.decided_at is null and c.statutory_due_by < ? then 1 else 0 end) as overdue_statutory,
                         sum(case when c.decided_at is null and c.reply_due_by < ? then 1 else 0 end) as overdue_reply,
                         sum(case when c.decided_at is null and c.reply_due_by >= ? and c.reply_due_by < ? then 1 else 0 end)
                           as near_deadline,
                         sum(case when c.decided_at is null and exists (select 1 from case_event e
                               where e.case_number = c.case_number and e.event_type = 'STATUTORY_DEADLINE_MISSED')
                             then 1 else 0 end) as breached_open
                  from complaint c
                  where c.status in OPEN_STATUSES
                  group by cast(c.level as varchar(8)), c.current_owner) b
            """.formatted(EngineTables.groupName("b.owner")).replace("OPEN_STATUSES", OPEN_STATUSES);
    /** A repeat merged into an open case counts only as that case, as in the statistics. */
    private static final String BREACHES = """
            select count(*) from case_event e
            where e.event_type = 'STATUTORY_DEADLINE_MISSED' and e.occurred_at >= ? and e.occurred_at < ?
              and not exists (select 1 from complaint c where c.case_number = e.case_number and c.status = 'MERGED')
            """;
    private static final String OWNER_NAME = EngineTables.groupName("c.current_owner");
    private static final String INSTANCE = EngineTables.latestProcessInstanceId("c.case_number", PROCESS_KEY);
    // The owner's name and the instance are looked up for the listed rows only: as one select, PostgreSQL ran both
    // sub-selects for every open case before the sort (1.5 s with 100,000 open cases; issue 20). The first rows
    // are taken status by status, each an ordered index range (ix_complaint_status_received, ix_complaint_status_due):
    // over all open statuses at once PostgreSQL walked the receipt index through five years of closed cases (1.6 s).
    private static final String CASES = """
            select c.case_number, c.level, c.current_owner,
                   %s as owner_name,
                   c.status, c.received_at,
                   c.reply_due_by, c.statutory_due_by, c.decided_at,
                   %s as process_instance_id
            from (%s) c
            order by %s
            limit %d
            """;
    private static final String FIRST_OF_STATUS = """
            select * from (select c.case_number, cast(c.level as varchar(8)) as level, c.current_owner, c.status,
                                  c.received_at, c.reply_due_by, c.statutory_due_by, c.decided_at
                           from complaint c
                           where c.status = '%s' %s
                           order by %s
                           limit %d) s%d
            """;

    /** The first {@code rows} open cases in the order given, of those that meet the condition. */
    static String firstOpenCases(String condition, String order, int rows) {
        String perStatus = OPEN_STATUS_NAMES.stream().map(st -> FIRST_OF_STATUS.formatted(st, condition, order, rows,
                OPEN_STATUS_NAMES.indexOf(st))).collect(java.util.stream.Collectors.joining(" union all "));
        return CASES.formatted(OWNER_NAME, INSTANCE, perStatus, order, rows);
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final StatisticsProperties properties;

    CaseMonitor(JdbcTemplate jdbc, Clock clock, ComplaintProperties complaintProperties, StatisticsProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = complaintProperties.zone();
        this.properties = properties;
    }

    /**
     * {@code statutoryBreachesThisMonth}: statutory dates passed undecided ({@code STATUTORY_DEADLINE_MISSED})
     * since the start of the calendar month; {@code statutoryBreachedOpen}: open, undecided cases with such a
     * breach recorded (beside {@code overdueStatutory}, which also counts cases whose statute no timer watched).
     */
    public record Dashboard(String asOf, String zone, long open, long overdueStatutory, long overdueReply,
                            long nearDeadline, List<Day> days, List<Backlog> backlog, List<CaseRow> deadlines,
                            List<CaseRow> oldest, long statutoryBreachesThisMonth, long statutoryBreachedOpen) {
    }

    public record Day(String date, long opened, long closed) {
    }

    /** {@code ownerName}: the group's name when the owner is a group, else null (a user id). */
    public record Backlog(String level, String levelLabel, String owner, String ownerName, long open) {
    }

    /**
     * {@code deadline} of a case not yet decided: OVERDUE_STATUTORY (法定期限已过), OVERDUE (答复期限、即公司时限已过)
     * or NEAR (临近), else null.
     */
    public record CaseRow(String caseNumber, String level, String levelLabel, String owner, String ownerName, String status,
                          String receivedAt, String replyDueBy, String statutoryDueBy, double ageDays,
                          String deadline, String processInstanceId) {
    }

    public Dashboard dashboard() {
        Instant now = Instant.now(clock);
        Instant near = now.plus(properties.nearDeadline());
        LocalDate today = now.atZone(zone).toLocalDate();
        Period days = Period.of(today.minusDays(properties.dashboardDays() - 1L), today, zone, now);
        List<Period> buckets = days.days();
        List<Day> perDay = new ArrayList<>();
        jdbc.query(PER_DAY.formatted(Buckets.table(buckets.size())), rs -> {
            perDay.add(new Day(buckets.get(rs.getInt("idx")).from().toString(), rs.getLong("opened"), rs.getLong("closed")));
        }, Buckets.args(buckets).toArray());

        Object nowArg = Buckets.at(now);
        long[] counts = new long[5];
        List<Backlog> backlog = new ArrayList<>(jdbc.query(BACKLOG, (rs, i) -> {
            counts[0] += rs.getLong("n");
            counts[1] += rs.getLong("overdue_statutory");
            counts[2] += rs.getLong("overdue_reply");
            counts[3] += rs.getLong("near_deadline");
            counts[4] += rs.getLong("breached_open");
            return new Backlog(rs.getString("level"), Dimension.LEVEL.label(rs.getString("level")), rs.getString("owner"),
                    rs.getString("owner_name"), rs.getLong("n"));
        }, nowArg, nowArg, nowArg, Buckets.at(near)));
        backlog.sort((a, b) -> {
            int byLevel = String.valueOf(a.level()).compareTo(String.valueOf(b.level()));
            return byLevel != 0 ? byLevel : Long.compare(b.open(), a.open());
        });

        Long breaches = jdbc.queryForObject(BREACHES, Long.class, Buckets.at(monthStart(now, zone)), nowArg);

        int rows = properties.dashboardRows();
        List<CaseRow> deadlines = jdbc.query(firstOpenCases("and c.decided_at is null and c.reply_due_by < ?",
                "reply_due_by, case_number", rows), (rs, i) -> row(rs, now, near),
                java.util.Collections.nCopies(OPEN_STATUS_NAMES.size(), Buckets.at(near)).toArray());
        List<CaseRow> oldest = jdbc.query(firstOpenCases("", "received_at, case_number", rows),
                (rs, i) -> row(rs, now, near));
        return new Dashboard(MINUTES.format(now.atZone(zone)), zone.getId(), counts[0], counts[1], counts[2], counts[3],
                perDay, backlog, deadlines, oldest, breaches == null ? 0 : breaches, counts[4]);
    }

    /** The start of the calendar month that {@code now} falls in, in the case zone (not the server's or UTC). */
    static Instant monthStart(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate().withDayOfMonth(1).atStartOfDay(zone).toInstant();
    }

    private CaseRow row(ResultSet rs, Instant now, Instant near) throws SQLException {
        Instant received = rs.getTimestamp("received_at").toInstant();
        Instant reply = rs.getTimestamp("reply_due_by").toInstant();
        Timestamp statutory = rs.getTimestamp("statutory_due_by");
        boolean decided = rs.getTimestamp("decided_at") != null;
        String deadline = decided ? null : statutory != null && statutory.toInstant().isBefore(now) ? "OVERDUE_STATUTORY"
                : reply.isBefore(now) ? "OVERDUE" : reply.isBefore(near) ? "NEAR" : null;
        double ageDays = Math.round(Duration.between(received, now).toMinutes() / 144.0) / 10.0;
        return new CaseRow(rs.getString("case_number"), rs.getString("level"), Dimension.LEVEL.label(rs.getString("level")),
                rs.getString("current_owner"), rs.getString("owner_name"), rs.getString("status"), format(received), format(reply),
                statutory == null ? null : format(statutory.toInstant()), ageDays, deadline,
                rs.getString("process_instance_id"));
    }

    private String format(Instant instant) {
        return MINUTES.format(instant.atZone(zone));
    }
}
