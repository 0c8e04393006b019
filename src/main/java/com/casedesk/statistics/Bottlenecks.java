package com.casedesk.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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
                   sum(case when a.end_time_ is not null then 1 else 0 end) as completed,
                   sum(case when a.end_time_ is null then 1 else 0 end) as waiting,
                   percentile_cont(0.5) within group (order by a.duration_) as median_ms,
                   percentile_cont(0.9) within group (order by a.duration_) as p90_ms,
                   avg(a.duration_) as avg_ms,
                   max(a.duration_) as max_ms,
                   sum(a.duration_) as total_ms,
                   min(case when a.end_time_ is null then a.start_time_ end) as oldest_waiting_since,
                   sum(case when a.end_time_ is null
                       then extract(epoch from cast(? as timestamp)) - extract(epoch from a.start_time_) end) as waiting_s,
                   max(coalesce(t.late, 0)) as late_tasks
            from act_hi_actinst a
            left join (select t.proc_def_key_ as process_key, t.task_def_key_ as activity_id,
                              sum(case when t.due_date_ is not null and
                                  ((t.end_time_ is not null and t.end_time_ > t.due_date_)
                                   or (t.end_time_ is null and t.due_date_ < ?)) then 1 else 0 end) as late
                       from act_hi_taskinst t
                       where t.start_time_ >= ? and t.start_time_ < ?
                       group by t.proc_def_key_, t.task_def_key_) t
                   on t.process_key = a.proc_def_key_ and t.activity_id = a.act_id_
            where a.start_time_ >= ? and a.start_time_ < ? and a.act_type_ in (%s)%s
            group by a.proc_def_key_, a.act_id_
            """;

    private final JdbcTemplate jdbc;

    Bottlenecks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every waiting step of the period, the one where cases spent the most time in all first (completed
     * durations plus the age of the instances still waiting at {@code asOf}).
     */
    List<Step> steps(Period period, String processKey) {
        String types = String.join(", ", WAITING_TYPES.stream().map(t -> "'" + t + "'").toList());
        String sql = STEPS.formatted(types, processKey == null ? "" : " and a.proc_def_key_ = ?");
        // the history tables hold timestamps without zone, written through JDBC like these parameters
        Timestamp asOf = Timestamp.from(period.asOf());
        List<Object> args = new ArrayList<>(List.of(asOf, asOf, Timestamp.from(period.start()),
                Timestamp.from(period.end()), Timestamp.from(period.start()), Timestamp.from(period.end())));
        if (processKey != null) {
            args.add(processKey);
        }
        List<Step> steps = new ArrayList<>(jdbc.query(sql, (rs, i) -> step(rs, period.asOf()), args.toArray()));
        steps.sort((a, b) -> Double.compare(b.totalHours() + b.waitingHours(), a.totalHours() + a.waitingHours()));
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
     * are over the instances that finished; {@code waiting} instances had not finished at the end of the
     * period, together {@code waitingHours} old, the oldest {@code oldestWaitingHours}; {@code lateTasks}
     * are user tasks finished after, or still open past, their due date.
     */
    record Step(String processKey, String activityId, String activityName, String activityType, long completed,
                Double medianHours, Double p90Hours, Double avgHours, Double maxHours, double totalHours,
                long waiting, double waitingHours, Double oldestWaitingHours, long lateTasks) {
    }
}
