package com.casedesk.process;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Aggregates over the engine's history that {@code HistoryService} does not offer: it lists activity
 * instances one by one and has no aggregate over durations. Read with SQL on {@code ACT_HI_ACTINST} (every
 * activity instance with its duration) and {@code ACT_HI_TASKINST} (due dates of user tasks); nothing here
 * is written.
 */
@Component
public class EngineHistory {

    private static final String STEPS = """
            select a.proc_def_key_ as process_key, a.act_id_ as activity_id, max(a.act_name_) as activity_name,
                   max(a.act_type_) as activity_type,
                   sum(case when a.end_time_ < :asOf then 1 else 0 end) as completed,
                   sum(case when a.end_time_ is null or a.end_time_ >= :asOf then 1 else 0 end) as waiting,
                   percentile_cont(0.5) within group (order by case when a.end_time_ < :asOf then a.duration_ end) as median_ms,
                   percentile_cont(0.9) within group (order by case when a.end_time_ < :asOf then a.duration_ end) as p90_ms,
                   avg(case when a.end_time_ < :asOf then a.duration_ end) as avg_ms,
                   max(case when a.end_time_ < :asOf then a.duration_ end) as max_ms,
                   sum(case when a.end_time_ < :asOf then a.duration_ end) as total_ms,
                   min(case when a.end_time_ is null or a.end_time_ >= :asOf then a.start_time_ end) as oldest_waiting_since,
                   sum(case when a.end_time_ is null or a.end_time_ >= :asOf
                       then extract(epoch from cast(:asOf as timestamp)) - extract(epoch from a.start_time_) end) as waiting_s,
                   max(coalesce(t.late, 0)) as late_tasks
            from act_hi_actinst a
            left join (select t.proc_def_key_ as process_key, t.task_def_key_ as activity_id,
                              sum(case when t.due_date_ is null then 0
                                       when t.end_time_ < :asOf then case when t.end_time_ > t.due_date_ then 1 else 0 end
                                       else case when t.due_date_ < :asOf then 1 else 0 end end) as late
                       from act_hi_taskinst t
                       where t.start_time_ >= :start and t.start_time_ < :asOf
                       group by t.proc_def_key_, t.task_def_key_) t
                   on t.process_key = a.proc_def_key_ and t.activity_id = a.act_id_
            where a.start_time_ >= :start and a.start_time_ < :asOf and a.act_type_ in (:types)%s
            group by a.proc_def_key_, a.act_id_
            """;

    private final NamedParameterJdbcTemplate jdbc;

    EngineHistory(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The time spent in each activity of one process definition key (every key where {@code definitionKey} is
     * null), over the activity instances of the given types started in {@code [start, asOf)}, in no order.
     * Instances still running at {@code asOf} count as waiting, with their age at {@code asOf}.
     */
    public List<StepTimes> stepTimes(Instant start, Instant asOf, List<String> activityTypes, String definitionKey) {
        // the history tables hold timestamps without zone, written through JDBC like these parameters
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("asOf", Timestamp.from(asOf))
                .addValue("start", Timestamp.from(start))
                .addValue("types", activityTypes)
                .addValue("process", definitionKey);
        String sql = STEPS.formatted(definitionKey == null ? "" : " and a.proc_def_key_ = :process");
        return jdbc.query(sql, params, (rs, i) -> {
            Timestamp oldest = rs.getTimestamp("oldest_waiting_since");
            return new StepTimes(rs.getString("process_key"), rs.getString("activity_id"), rs.getString("activity_name"),
                    rs.getString("activity_type"), rs.getLong("completed"), rs.getBigDecimal("median_ms"),
                    rs.getBigDecimal("p90_ms"), rs.getBigDecimal("avg_ms"), rs.getBigDecimal("max_ms"),
                    rs.getBigDecimal("total_ms"), rs.getLong("waiting"), rs.getBigDecimal("waiting_s"),
                    oldest == null ? null : oldest.toInstant(), rs.getLong("late_tasks"));
        });
    }

    /**
     * One activity of one process, in milliseconds as the engine records durations. Median, 90th
     * percentile, mean, longest and total are over the instances finished by {@code asOf} (null where none
     * had); {@code waiting} instances had not, together {@code waitingSeconds} old, the oldest started at
     * {@code oldestWaitingSince}; {@code lateTasks} are user tasks finished after their due date, or still
     * open at {@code asOf} past it.
     */
    public record StepTimes(String processKey, String activityId, String activityName, String activityType,
                            long completed, BigDecimal medianMs, BigDecimal p90Ms, BigDecimal avgMs, BigDecimal maxMs,
                            BigDecimal totalMs, long waiting, BigDecimal waitingSeconds, Instant oldestWaitingSince,
                            long lateTasks) {
    }
}
