package com.casedesk.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Complaint figures from the ledger (投诉台账), aggregated in SQL: one statement per request, whatever
 * the number of months or groups. Same SQL on PostgreSQL and H2 ({@code percentile_cont ... within
 * group}, {@code extract(epoch from ...)}, an inline {@code VALUES} table of periods).
 */
@Component
class ComplaintStatistics {

    /**
     * A complaint row is part of a period if it was received in it, was still open when it began, or had an
     * escalation or reopening in it. What happened counts from the period's start up to {@code asOf}: its
     * end, or now for a running period. The candidates ({@code cand}) are collected branch by branch, each an
     * index range (V14), rather than by testing every complaint against every period: those received in the
     * period directly, those received before it (a few: the backlog at its start) by id.
     */
    private static final String FIGURES = """
            with %5$s,
            ev as (
              -- one join key of case and period: joined on idx and case number as two keys, PostgreSQL merged a
              -- million-complaint month on idx alone and filtered 33 million pairs (10 s; issue 20)
              select b.idx as idx, e.case_number || ':' || cast(b.idx as varchar(8)) as k,
                     sum(case when e.event_type = 'ESCALATED' then 1 else 0 end) as escalations,
                     -- a round again because the complainant was not satisfied; a review's reopening is a setAside
                     sum(case when e.event_type = 'REOPENED' and coalesce(e.detail, '') not like '%7$s%%' then 1 else 0 end)
                       as reopenings
              from b
              join case_event e on e.event_type in ('ESCALATED', 'REOPENED')
                               and e.occurred_at >= b.b_start and e.occurred_at < b.b_asof
              -- the series' whole span as an index range: joined to the periods alone, the events of every year
              -- were read (issue 20)
              where e.occurred_at >= ? and e.occurred_at < ?
              group by b.idx, e.case_number
            ),
            cand as (
              -- received in the period: the rows themselves, read once (no second look-up by id)
              select b.idx as idx, %8$s from b
                join complaint c on c.received_at >= b.b_start and c.received_at < b.b_asof
              union all
              -- received before it (the backlog at its start): still open when it began, or an escalation or
              -- reopening in it; each branch reads its rows whole, as a look-up by id PostgreSQL hashed the ledger
              select * from (
                select b.idx as idx, %8$s from b
                  join complaint c on c.closed_at >= b.b_start and c.received_at < b.b_start
                union
                select b.idx, %8$s from b join complaint c on c.withdrawn_at >= b.b_start and c.received_at < b.b_start
                union
                select b.idx, %8$s from b
                  join complaint c on c.status in ('RECEIVED', 'IN_HANDLING', 'DECIDED', 'FEEDBACK_SENT')
                                  and c.received_at < b.b_start
                where c.received_at < ?
                union
                select b.idx, %8$s from b
                  join case_event e on e.event_type in ('ESCALATED', 'REOPENED')
                                   and e.occurred_at >= b.b_start and e.occurred_at < b.b_asof
                  join complaint c on c.case_number = e.case_number and c.received_at < b.b_start
                where e.occurred_at >= ? and e.occurred_at < ?
              ) o
            )
            select b.idx as idx, %1$s as k,
              sum(case when %2$s then 1 else 0 end) as received,
              sum(case when c.closed_at >= b.b_start and c.closed_at < b.b_asof then 1 else 0 end) as closed,
              sum(case when c.withdrawn_at >= b.b_start and c.withdrawn_at < b.b_asof then 1 else 0 end) as withdrawn,
              sum(case when %3$s then 1 else 0 end) as open_at_end,
              sum(case when %3$s and (c.decided_at is null or c.decided_at >= b.b_asof)
                            and c.statutory_due_by < b.b_asof then 1 else 0 end) as overdue_open,
              sum(case when %4$s then 1 else 0 end) as decided,
              sum(case when %4$s and c.decided_at <= c.statutory_due_by then 1 else 0 end) as within_statutory,
              sum(case when %4$s and c.decided_at <= coalesce(c.target_due_by, c.reply_due_by) then 1 else 0 end)
                as within_target,
              percentile_cont(0.5) within group (order by case when %4$s
                then extract(epoch from c.decided_at) - extract(epoch from c.received_at) end) as median_s,
              percentile_cont(0.9) within group (order by case when %4$s
                then extract(epoch from c.decided_at) - extract(epoch from c.received_at) end) as p90_s,
              sum(case when ev.escalations > 0 then 1 else 0 end) as escalated_cases,
              sum(coalesce(ev.escalations, 0)) as escalations,
              sum(coalesce(ev.reopenings, 0)) as reopenings,
              sum(case when %4$s and c.compensation_amount > 0 then 1 else 0 end) as compensation_cases,
              sum(case when %4$s and c.compensation_amount > 0 then c.compensation_amount else 0 end)
                as compensation_amount,
              sum(case when %2$s and c.major_complaint then 1 else 0 end) as major
            from b
            -- a repeat merged into an open case (Art. 18 ¶3) counts only as that case
            join cand c on c.idx = b.idx and c.status <> 'MERGED'
            left join ev on ev.k = c.case_number || ':' || cast(b.idx as varchar(8))
            group by b.idx%6$s
            order by b.idx
            """;
    /** What the figures and the dimensions read of a complaint. */
    private static final String COLUMNS = "c.id, c.case_number, c.status, c.received_at, c.closed_at, c.withdrawn_at,"
            + " c.decided_at, c.statutory_due_by, c.target_due_by, c.reply_due_by, c.compensation_amount,"
            + " c.major_complaint, c.channel, c.business_line, c.category, c.level, c.result, c.root_cause,"
            + " c.respondent_unit, c.decided_by";
    private static final String RECEIVED_IN = "c.received_at >= b.b_start and c.received_at < b.b_asof";
    private static final String OPEN_AT_END = "(c.received_at < b.b_asof and (c.closed_at is null or c.closed_at >= b.b_asof)"
            + " and (c.withdrawn_at is null or c.withdrawn_at >= b.b_asof))";
    private static final String DECIDED_IN = "(c.decided_at >= b.b_start and c.decided_at < b.b_asof)";

    private static final String REVIEWS = """
            select
              sum(case when r.requested_at >= ? and r.requested_at < ? then 1 else 0 end) as requested,
              sum(case when r.decided_at >= ? and r.decided_at < ? then 1 else 0 end) as decided,
              sum(case when r.decided_at >= ? and r.decided_at < ? and r.outcome = 'UPHELD' then 1 else 0 end) as upheld,
              sum(case when r.decided_at >= ? and r.decided_at < ? and r.outcome = 'CHANGED' then 1 else 0 end) as changed,
              sum(case when r.decided_at >= ? and r.decided_at < ? and r.outcome = 'SET_ASIDE' then 1 else 0 end) as set_aside,
              sum(case when r.decided_at >= ? and r.decided_at < ? and r.decided_at > r.review_due_by then 1 else 0 end)
                as decided_late,
              sum(case when r.requested_at < ? and (r.decided_at is null or r.decided_at >= ?) then 1 else 0 end)
                as open_at_end
            from complaint_review r
            where (r.requested_at >= ? and r.requested_at < ?) or (r.decided_at >= ? and r.decided_at < ?)
               or (r.requested_at < ? and (r.decided_at is null or r.decided_at >= ?))
            """;

    private static final String CALLBACKS = """
            select c.callback_outcome as outcome, count(*) as n from complaint c
            where c.closed_at >= ? and c.closed_at < ?
            group by c.callback_outcome
            """;

    private static final String RECTIFICATIONS = """
            select
              sum(case when a.created_at >= ? and a.created_at < ? then 1 else 0 end) as opened,
              sum(case when a.completed_at >= ? and a.completed_at < ? then 1 else 0 end) as completed,
              sum(case when a.created_at < ? and (a.completed_at is null or a.completed_at >= ?) then 1 else 0 end)
                as open_at_end,
              sum(case when a.created_at < ? and (a.completed_at is null or a.completed_at >= ?) and a.deadline < ?
                  then 1 else 0 end) as overdue_open
            from rectification_action a
            where (a.created_at >= ? and a.created_at < ?) or (a.completed_at >= ? and a.completed_at < ?)
               or (a.created_at < ? and (a.completed_at is null or a.completed_at >= ?))
            """;

    private final JdbcTemplate jdbc;

    ComplaintStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures of the whole period. */
    ComplaintFigures totals(Period period) {
        return query(List.of(period), null).get(0).figures();
    }

    /** The figures of the period for each value of a dimension, largest number received first. */
    List<Group> by(Dimension dimension, Period period) {
        List<Group> groups = new ArrayList<>(query(List.of(period), dimension).stream()
                .map(row -> new Group(row.key(), dimension.label(row.key()), row.figures())).toList());
        groups.sort(Comparator.comparingLong((Group g) -> -g.figures().received())
                .thenComparing(Group::key, Comparator.nullsLast(Comparator.naturalOrder())));
        return groups;
    }

    /** The figures of each calendar month of the period, in order. */
    List<Month> trend(Period period) {
        List<Period> months = period.months();
        List<Row> rows = query(months, null);
        List<Month> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            Period month = months.get(i);
            int idx = i;
            ComplaintFigures figures = rows.stream().filter(r -> r.idx() == idx).map(Row::figures).findFirst()
                    .orElse(EMPTY);
            trend.add(new Month(YearMonth.from(month.from()).toString(), figures));
        }
        return trend;
    }

    /** 核查 reviews (Art. 20): applications and conclusions in the period. */
    Reviews reviews(Period period) {
        Object s = Buckets.at(period.start());
        Object e = Buckets.at(period.asOf());
        Object a = e;
        return jdbc.queryForObject(REVIEWS, (rs, i) -> new Reviews(rs.getLong("requested"), rs.getLong("decided"),
                        rs.getLong("upheld"), rs.getLong("changed"), rs.getLong("set_aside"), rs.getLong("decided_late"),
                        rs.getLong("open_at_end")),
                s, e, s, e, s, e, s, e, s, e, s, e, a, a, s, e, s, e, a, a);
    }

    /** Satisfaction callbacks (满意度回访) of the cases closed in the period, by outcome (none: "NONE"). */
    Map<String, Long> callbacks(Period period) {
        Map<String, Long> outcomes = new LinkedHashMap<>();
        for (String outcome : List.of("SATISFIED", "UNSATISFIED", "UNREACHABLE", "NONE")) {
            outcomes.put(outcome, 0L);
        }
        jdbc.query(CALLBACKS, rs -> {
            String outcome = rs.getString("outcome");
            outcomes.merge(outcome == null ? "NONE" : outcome, rs.getLong("n"), Long::sum);
        }, Buckets.at(period.start()), Buckets.at(period.asOf()));
        return outcomes;
    }

    /** Rectification actions (整改, 002 §4.3; Art. 26): ordered, done, still open, past their deadline. */
    Rectifications rectifications(Period period) {
        Object s = Buckets.at(period.start());
        Object e = Buckets.at(period.asOf());
        Object a = e;
        LocalDate today = period.asOf().atZone(period.zone()).toLocalDate();
        return jdbc.queryForObject(RECTIFICATIONS, (rs, i) -> new Rectifications(rs.getLong("opened"),
                        rs.getLong("completed"), rs.getLong("open_at_end"), rs.getLong("overdue_open")),
                s, e, s, e, a, a, a, a, today, s, e, s, e, a, a);
    }

    private List<Row> query(List<Period> periods, Dimension dimension) {
        String key = dimension == null ? "cast(null as varchar(8))" : dimension.column();
        String groupBy = dimension == null ? "" : ", " + dimension.column();
        String sql = FIGURES.formatted(key, RECEIVED_IN, OPEN_AT_END, DECIDED_IN, Buckets.cte(periods.size()), groupBy,
                RoundFigures.AFTER_REVIEW, COLUMNS);
        List<Object> args = Buckets.args(periods);
        // the bounds of the whole series, for the index ranges of the events and of the still-open branch
        Object first = Buckets.at(periods.stream().map(Period::start).min(Comparator.naturalOrder()).orElseThrow());
        Object last = Buckets.at(periods.stream().map(Period::asOf).max(Comparator.naturalOrder()).orElseThrow());
        args.addAll(List.of(first, last, Buckets.at(periods.stream().map(Period::start).max(Comparator.naturalOrder())
                .orElseThrow()), first, last));
        List<Row> rows = jdbc.query(sql, (rs, i) -> new Row(rs.getInt("idx"), rs.getString("k"), figures(rs)), args.toArray());
        if (dimension == null && rows.isEmpty()) {
            return List.of(new Row(0, null, EMPTY));
        }
        return rows;
    }

    static final ComplaintFigures EMPTY = new ComplaintFigures(0, 0, 0, 0, 0, 0, 0, 0, null, null, 0, null, null, 0, 0, 0,
            0, BigDecimal.ZERO.setScale(2), 0);

    private static ComplaintFigures figures(ResultSet rs) throws SQLException {
        long decided = rs.getLong("decided");
        long withinStatutory = rs.getLong("within_statutory");
        long withinTarget = rs.getLong("within_target");
        BigDecimal compensation = rs.getBigDecimal("compensation_amount");
        return new ComplaintFigures(rs.getLong("received"), rs.getLong("closed"), rs.getLong("withdrawn"),
                rs.getLong("open_at_end"), rs.getLong("overdue_open"), decided, withinStatutory, withinTarget,
                share(withinStatutory, decided), share(withinTarget, decided), decided - withinStatutory,
                days(rs, "median_s"), days(rs, "p90_s"), rs.getLong("escalated_cases"), rs.getLong("escalations"),
                rs.getLong("reopenings"), rs.getLong("compensation_cases"),
                (compensation == null ? BigDecimal.ZERO : compensation).setScale(2, RoundingMode.HALF_UP),
                rs.getLong("major"));
    }

    static Double share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** Seconds (a percentile may fall between two cases) as days, two decimals. */
    static Double days(ResultSet rs, String column) throws SQLException {
        BigDecimal seconds = rs.getBigDecimal(column);
        return seconds == null ? null : seconds.divide(BigDecimal.valueOf(86_400), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private record Row(int idx, String key, ComplaintFigures figures) {
    }

    /** One value of a dimension: its code ({@code null}: not filled in), label and figures. */
    record Group(String key, String label, ComplaintFigures figures) {
    }

    /** One calendar month ({@code 2026-10}) of a trend. */
    record Month(String month, ComplaintFigures figures) {
    }

    record Reviews(long requested, long decided, long upheld, long changed, long setAside, long decidedLate,
                   long openAtEnd) {
    }

    record Rectifications(long opened, long completed, long openAtEnd, long overdueOpen) {
    }
}
