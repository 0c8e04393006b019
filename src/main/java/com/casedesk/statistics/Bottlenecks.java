package com.casedesk.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where cases wait (瓶颈, req. §8): the time each step of each process took, from the engine's history
 * ({@code ACT_HI_ACTINST}: every activity instance with its duration; {@code ACT_HI_TASKINST}: due dates
 * of user tasks). Read with SQL rather than {@code HistoryService}, which has no aggregate over
 * durations; nothing here is written. Activities started in the period count; gateways and plain
 * start/end events take no time and are left out.
 */
@Component
class Bottlenecks {

    /** Activity types where a case can wait. */
    static final List<String> WAITING_TYPES = List.of("userTask", "serviceTask", "sendTask", "scriptTask",
            "businessRuleTask", "receiveTask", "callActivity", "subProcess", "intermediateTimer",
            "intermediateMessageCatch", "intermediateSignalCatch", "intermediateConditional");

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

    Bottlenecks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every waiting step of the period, the one where cases spent the most time in all first (finished
     * durations plus the age of the instances still waiting at {@code asOf}).
     */
    List<Step> steps(Period period, String processKey) {
        // the history tables hold timestamps without zone, written through JDBC like these parameters
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("asOf", Timestamp.from(period.asOf()))
                .addValue("start", Timestamp.from(period.start()))
                .addValue("types", WAITING_TYPES)
                .addValue("process", processKey);
        String sql = STEPS.formatted(processKey == null ? "" : " and a.proc_def_key_ = :process");
        List<Step> steps = new ArrayList<>(jdbc.query(sql, params, (rs, i) -> step(rs, period.asOf())));
        steps.sort(Comparator.comparingDouble((Step s) -> -(s.totalHours() + s.waitingHours()))
                .thenComparing(Step::processKey).thenComparing(Step::activityId));
        return steps;
    }

    private static Step step(ResultSet rs, Instant asOf) throws SQLException {
        Timestamp oldest = rs.getTimestamp("oldest_waiting_since");
        Double oldestHours = oldest == null ? null : hours(Duration.between(oldest.toInstant(), asOf).toMillis());
        long waiting = rs.getLong("waiting");
        BigDecimal waitingSeconds = rs.getBigDecimal("waiting_s");
        return new Step(rs.getString("process_key"), rs.getString("activity_id"), rs.getString("activity_name"),
                rs.getString("activity_type"), rs.getLong("completed"), hours(rs, "median_ms"), hours(rs, "p90_ms"),
                hours(rs, "avg_ms"), hours(rs, "max_ms"), zeroIfNull(hours(rs, "total_ms")), waiting,
                waitingSeconds == null ? 0 : hours(waitingSeconds.multiply(BigDecimal.valueOf(1000))), oldestHours,
                rs.getLong("late_tasks"));
    }

    private static Double hours(ResultSet rs, String column) throws SQLException {
        BigDecimal ms = rs.getBigDecimal(column);
        return ms == null ? null : hours(ms);
    }

    private static Double hours(long ms) {
        return hours(BigDecimal.valueOf(ms));
    }

    private static Double hours(BigDecimal ms) {
        return ms.divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP).doubleValue();
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }

    /**
     * One step of one process. Hours have two decimals. Median, 90th percentile, mean, longest and total
     * are over the instances that had finished by {@code asOf}; {@code waiting} instances had not,
     * together {@code waitingHours} old, the oldest {@code oldestWaitingHours}; {@code lateTasks} are user
     * tasks finished after their due date, or still open at {@code asOf} past it.
     */
    record Step(String processKey, String activityId, String activityName, String activityType, long completed,
                Double medianHours, Double p90Hours, Double avgHours, Double maxHours, double totalHours,
                long waiting, double waitingHours, Double oldestWaitingHours, long lateTasks) {
    }
}
