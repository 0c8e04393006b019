package com.casedesk.statistics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The clock behind the on-time rate ({@link ClockFigures}), the statutory breaches ({@link BreachFigures}) and
 * the handling rounds ({@link RoundFigures}) of a period, from the ledger, {@code complaint_extension},
 * {@code clock_pause}, the case events and {@code complaint_round_callback}. Same SQL on PostgreSQL and H2.
 */
@Component
class ClockAndRounds {

    /** Per decided case, its clock's moves as correlated counts: each an index range on the case number. */
    private static final String CLOCK = """
            select count(*) as decided,
              coalesce(sum(case when d.decided_at <= d.statutory_due_by then 1 else 0 end), 0) as within_current,
              coalesce(sum(case when d.decided_at <= d.original_due then 1 else 0 end), 0) as within_original,
              coalesce(sum(d.extensions), 0) as extensions,
              coalesce(sum(d.pauses), 0) as pauses,
              coalesce(sum(d.restarts), 0) as restarts
            from (
              select c.decided_at, c.statutory_due_by,
                -- rows from before V17_4 have no original date of their own: the current one stands in
                coalesce(c.original_statutory_due_by, c.statutory_due_by) as original_due,
                (select count(*) from complaint_extension x where x.case_number = c.case_number
                   and x.status = 'APPROVED' and x.kind = 'STATUTORY') as extensions,
                (select count(*) from clock_pause p where p.case_number = c.case_number) as pauses,
                (select count(*) from case_event e where e.case_number = c.case_number
                   and e.event_type = 'CLOCK_RESTARTED') as restarts
              from complaint c
              where c.decided_at >= ? and c.decided_at < ? and c.status <> 'MERGED'
            ) d
            """;

    private static final String CALLBACKS = """
            select r.outcome as outcome, count(*) as n from complaint_round_callback r
            where r.recorded_at >= ? and r.recorded_at < ?
            group by r.outcome
            """;

    private static final String REOPENINGS = """
            select e.detail as detail from case_event e
            where e.event_type = 'REOPENED' and e.occurred_at >= ? and e.occurred_at < ?
            """;

    /** A repeat merged into an open case (Art. 18 ¶3) counts only as that case, as in the totals. */
    private static final String BREACHES = """
            select count(*) as breaches, count(distinct e.case_number) as cases from case_event e
            where e.event_type = 'STATUTORY_DEADLINE_MISSED' and e.occurred_at >= ? and e.occurred_at < ?
              and not exists (select 1 from complaint c where c.case_number = e.case_number and c.status = 'MERGED')
            """;

    private final JdbcTemplate jdbc;

    ClockAndRounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    ClockFigures clock(Period period) {
        return jdbc.queryForObject(CLOCK, (rs, i) -> ClockFigures.of(rs.getLong("decided"), rs.getLong("within_current"),
                        rs.getLong("within_original"), rs.getLong("extensions"), rs.getLong("pauses"), rs.getLong("restarts")),
                Buckets.at(period.start()), Buckets.at(period.asOf()));
    }

    BreachFigures breaches(Period period) {
        return jdbc.queryForObject(BREACHES, (rs, i) -> new BreachFigures(rs.getLong("breaches"), rs.getLong("cases")),
                Buckets.at(period.start()), Buckets.at(period.asOf()));
    }

    RoundFigures rounds(Period period) {
        Map<String, Long> callbacks = new LinkedHashMap<>();
        for (String outcome : List.of("SATISFIED", "UNSATISFIED", "UNREACHABLE")) {
            callbacks.put(outcome, 0L);
        }
        jdbc.query(CALLBACKS, rs -> {
            callbacks.merge(rs.getString("outcome"), rs.getLong("n"), Long::sum);
        }, Buckets.at(period.start()), Buckets.at(period.asOf()));
        List<String> reopened = jdbc.queryForList(REOPENINGS, String.class, Buckets.at(period.start()),
                Buckets.at(period.asOf()));
        long afterReview = reopened.stream().filter(RoundFigures::afterReview).count();
        return new RoundFigures(callbacks, reopened.size(), reopened.size() - afterReview, afterReview);
    }
}
