package com.casedesk.statistics;

import com.casedesk.whistleblowing.AdmissibilityRefusal;
import com.casedesk.whistleblowing.CommitteeDecision;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Whistleblowing figures (举报, 000 §6: number of reports, handling time, results): counts and stage
 * times only. No query here selects a report number, a pseudonym, a reported person or unit, a
 * description or anything from the identity vault, so nothing that comes out can name anyone.
 */
@Component
class WhistleblowingStatistics {

    private static final String FIGURES = """
            select
              sum(case when r.received_at >= ? and r.received_at < ? then 1 else 0 end) as received,
              sum(case when r.received_at >= ? and r.received_at < ? and r.anonymous then 1 else 0 end) as anonymous,
              sum(case when r.assessed_at >= ? and r.assessed_at < ? and r.admissibility = 'ADMITTED' then 1 else 0 end)
                as admitted,
              sum(case when r.assessed_at >= ? and r.assessed_at < ? and r.admissibility = 'REFUSED' then 1 else 0 end)
                as refused,
              sum(case when r.decided_at >= ? and r.decided_at < ? then 1 else 0 end) as decided,
              sum(case when r.decided_at >= ? and r.decided_at < ?
                        and r.decision in ('INTERNAL_DISCIPLINE', 'LEGAL_REFERRAL') then 1 else 0 end) as substantiated,
              sum(case when r.closed_at >= ? and r.closed_at < ? then 1 else 0 end) as closed,
              sum(case when r.received_at < ? and (r.closed_at is null or r.closed_at >= ?)
                        and (r.admissibility is null or r.admissibility <> 'REFUSED' or r.assessed_at >= ?)
                   then 1 else 0 end) as open_at_end,
              percentile_cont(0.5) within group (order by case when r.assessed_at >= ? and r.assessed_at < ?
                then extract(epoch from r.assessed_at) - extract(epoch from r.received_at) end) as assessment_s,
              percentile_cont(0.5) within group (order by case when r.decided_at >= ? and r.decided_at < ?
                then extract(epoch from r.decided_at) - extract(epoch from r.assessed_at) end) as investigation_s,
              percentile_cont(0.5) within group (order by case when r.closed_at >= ? and r.closed_at < ?
                then extract(epoch from r.closed_at) - extract(epoch from r.decided_at) end) as closing_s,
              percentile_cont(0.5) within group (order by case when r.closed_at >= ? and r.closed_at < ?
                then extract(epoch from r.closed_at) - extract(epoch from r.received_at) end) as total_s
            from wb_report r
            where (r.received_at >= ? and r.received_at < ?) or (r.assessed_at >= ? and r.assessed_at < ?)
               or (r.decided_at >= ? and r.decided_at < ?) or (r.closed_at >= ? and r.closed_at < ?)
               or (r.received_at < ? and (r.closed_at is null or r.closed_at >= ?))
            """;

    private static final String REFUSALS = """
            select r.refusal_reason as code, count(*) as n from wb_report r
            where r.assessed_at >= ? and r.assessed_at < ? and r.admissibility = 'REFUSED'
            group by r.refusal_reason
            """;

    private static final String DECISIONS = """
            select r.decision as code, count(*) as n from wb_report r
            where r.decided_at >= ? and r.decided_at < ?
            group by r.decision
            """;

    private final JdbcTemplate jdbc;

    WhistleblowingStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    WhistleblowingFigures figures(Period period) {
        Object s = Buckets.at(period.start());
        Object e = Buckets.at(period.asOf());
        Object a = e;
        Map<String, Long> refusals = counts(REFUSALS, Arrays.stream(AdmissibilityRefusal.values()).map(Enum::name).toList(), s, e);
        Map<String, Long> decisions = counts(DECISIONS, Arrays.stream(CommitteeDecision.values()).map(Enum::name).toList(), s, e);
        return jdbc.queryForObject(FIGURES, (rs, i) -> new WhistleblowingFigures(rs.getLong("received"),
                        rs.getLong("anonymous"), rs.getLong("admitted"), rs.getLong("refused"), refusals,
                        rs.getLong("decided"), rs.getLong("substantiated"), decisions, rs.getLong("closed"),
                        rs.getLong("open_at_end"),
                        new WhistleblowingFigures.StageDays(ComplaintStatistics.days(rs, "assessment_s"),
                                ComplaintStatistics.days(rs, "investigation_s"), ComplaintStatistics.days(rs, "closing_s"),
                                ComplaintStatistics.days(rs, "total_s"))),
                s, e, s, e, s, e, s, e, s, e, s, e, s, e, a, a, a, s, e, s, e, s, e, s, e,
                s, e, s, e, s, e, s, e, a, a);
    }

    private Map<String, Long> counts(String sql, java.util.List<String> codes, Object... args) {
        Map<String, Long> counts = new LinkedHashMap<>();
        codes.forEach(code -> counts.put(code, 0L));
        jdbc.query(sql, rs -> {
            counts.merge(rs.getString("code") == null ? "OTHER" : rs.getString("code"), rs.getLong("n"), Long::sum);
        }, args);
        return counts;
    }
}
