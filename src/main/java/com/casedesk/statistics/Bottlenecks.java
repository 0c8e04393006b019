package com.casedesk.statistics;

import com.casedesk.process.EngineHistory;
import com.casedesk.process.EngineHistory.StepTimes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Where cases wait (瓶颈, req. §8): the time each step of each process took, from the engine's history
 * ({@link EngineHistory#stepTimes}), in hours. Activities started in the period count; gateways and plain
 * start/end events take no time and are left out.
 */
@Component
class Bottlenecks {

    /** Activity types where a case can wait. */
    static final List<String> WAITING_TYPES = List.of("userTask", "serviceTask", "sendTask", "scriptTask",
            "businessRuleTask", "receiveTask", "callActivity", "subProcess", "intermediateTimer",
            "intermediateMessageCatch", "intermediateSignalCatch", "intermediateConditional");

    private final EngineHistory history;

    Bottlenecks(EngineHistory history) {
        this.history = history;
    }

    /**
     * Every waiting step of the period, the one where cases spent the most time in all first (finished
     * durations plus the age of the instances still waiting at {@code asOf}).
     */
    List<Step> steps(Period period, String processKey) {
        List<Step> steps = new ArrayList<>(history.stepTimes(period.start(), period.asOf(), WAITING_TYPES, processKey)
                .stream().map(times -> step(times, period.asOf())).toList());
        steps.sort(Comparator.comparingDouble((Step s) -> -(s.totalHours() + s.waitingHours()))
                .thenComparing(Step::processKey).thenComparing(Step::activityId));
        return steps;
    }

    private static Step step(StepTimes t, Instant asOf) {
        Instant oldest = t.oldestWaitingSince();
        Double oldestHours = oldest == null ? null : hours(Duration.between(oldest, asOf).toMillis());
        BigDecimal waitingSeconds = t.waitingSeconds();
        return new Step(t.processKey(), t.activityId(), t.activityName(), t.activityType(), t.completed(),
                hours(t.medianMs()), hours(t.p90Ms()), hours(t.avgMs()), hours(t.maxMs()), zeroIfNull(hours(t.totalMs())),
                t.waiting(), waitingSeconds == null ? 0 : hours(waitingSeconds.multiply(BigDecimal.valueOf(1000))),
                oldestHours, t.lateTasks());
    }

    private static Double hours(long ms) {
        return hours(BigDecimal.valueOf(ms));
    }

    /** Null stays null: no instance had finished. */
    private static Double hours(BigDecimal ms) {
        return ms == null ? null : ms.divide(BigDecimal.valueOf(3_600_000), 2, RoundingMode.HALF_UP).doubleValue();
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
