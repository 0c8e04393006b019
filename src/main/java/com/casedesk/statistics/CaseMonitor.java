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
    static final String OPEN_STATUSES = java.util.Arrays.stream(com.casedesk.complaint.ComplaintStatus.values())
            .filter(com.casedesk.complaint.ComplaintStatus::isOpen).map(st -> "'" + st.name() + "'")
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
    private static final String BACKLOG = """
            select b.level, b.owner, %s as owner_name, b.n
            from (select cast(c.level as varchar(8)) as level, c.current_owner as owner, count(*) as n
                  from complaint c
                  where c.status in OPEN_STATUSES
                  group by cast(c.level as varchar(8)), c.current_owner) b
            """.formatted(EngineTables.groupName("b.owner")).replace("OPEN_STATUSES", OPEN_STATUSES);
    private static final String COUNTS = """
            select count(*) as open,
                   sum(case when c.decided_at is null and c.statutory_due_by < ? then 1 else 0 end) as overdue_statutory,
                   sum(case when c.decided_at is null and c.reply_due_by < ? then 1 else 0 end) as overdue_reply,
                   sum(case when c.decided_at is null and c.reply_due_by >= ? and c.reply_due_by < ? then 1 else 0 end)
                     as near_deadline,
                   sum(case when c.decided_at is null and exists (select 1 from case_event e
                         where e.case_number = c.case_number and e.event_type = 'STATUTORY_DEADLINE_MISSED')
                       then 1 else 0 end) as breached_open
            from complaint c
            where c.status in OPEN_STATUSES
            """.replace("OPEN_STATUSES", OPEN_STATUSES);
    /** A repeat merged into an open case counts only as that case, as in the statistics. */
    private static final String BREACHES = """
            select count(*) from case_event e
            where e.event_type = 'STATUTORY_DEADLINE_MISSED' and e.occurred_at >= ? and e.occurred_at < ?
              and not exists (select 1 from complaint c where c.case_number = e.case_number and c.status = 'MERGED')
            """;
    private static final String OWNER_NAME = EngineTables.groupName("c.current_owner");
    private static final String INSTANCE = EngineTables.latestProcessInstanceId("c.case_number", PROCESS_KEY);
    // The owner's name and the instance are looked up for the listed rows only: as one select, PostgreSQL ran both
    // sub-selects for every open case before the sort (1.5 s with 100,000 open cases; issue 20).
    private static final String CASES = """
            select c.case_number, c.level, c.current_owner,
                   %s as owner_name,
                   c.status, c.received_at,
                   c.reply_due_by, c.statutory_due_by, c.decided_at,
                   %s as process_instance_id
            from (select c.case_number, cast(c.level as varchar(8)) as level, c.current_owner, c.status, c.received_at,
                         c.reply_due_by, c.statutory_due_by, c.decided_at
                  from complaint c
                  where c.status in OPEN_STATUSES %s
                  order by %s
                  limit %d) c
            order by %s
            """.replace("OPEN_STATUSES", OPEN_STATUSES);

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

        List<Backlog> backlog = new ArrayList<>(jdbc.query(BACKLOG, (rs, i) -> new Backlog(rs.getString("level"),
                Dimension.LEVEL.label(rs.getString("level")), rs.getString("owner"), rs.getString("owner_name"),
                rs.getLong("n"))));
        backlog.sort((a, b) -> {
            int byLevel = String.valueOf(a.level()).compareTo(String.valueOf(b.level()));
            return byLevel != 0 ? byLevel : Long.compare(b.open(), a.open());
        });

        Object nowArg = Buckets.at(now);
        long[] counts = jdbc.queryForObject(COUNTS, (rs, i) -> new long[] {rs.getLong("open"),
                rs.getLong("overdue_statutory"), rs.getLong("overdue_reply"), rs.getLong("near_deadline"),
                rs.getLong("breached_open")},
                nowArg, nowArg, nowArg, Buckets.at(near));

        Long breaches = jdbc.queryForObject(BREACHES, Long.class, Buckets.at(monthStart(now, zone)), nowArg);

        int rows = properties.dashboardRows();
        List<CaseRow> deadlines = jdbc.query(CASES.formatted(OWNER_NAME, INSTANCE,
                "and c.decided_at is null and c.reply_due_by < ?", "c.reply_due_by, c.case_number", rows,
                "c.reply_due_by, c.case_number"),
                (rs, i) -> row(rs, now, near), Buckets.at(near));
        List<CaseRow> oldest = jdbc.query(CASES.formatted(OWNER_NAME, INSTANCE, "", "c.received_at, c.case_number", rows,
                "c.received_at, c.case_number"),
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
