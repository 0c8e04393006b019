package com.casedesk.whatif;

import com.casedesk.process.EngineTables;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Executes every job that has fallen due, as the job executor would, but one at a time and in due order: by
 * due date, then by a stable key (the case's place in the arrival stream, the activity, the job type), never
 * by generated ids or by the database's order, so two jobs due at the same instant run in the same order in
 * every run. A job that fails is retried as the engine retries it (its retries and retry cycle) and ends as
 * an incident, counted.
 */
final class DueJobs {

    private static final Logger LOG = LoggerFactory.getLogger(DueJobs.class);

    /** What the order needs of a job that can run: read straight from the job table, as the job executor reads it. */
    private record DueJob(String id, Instant due, String processInstanceId, String processDefinitionKey,
                          String jobDefinitionId) {
    }
    /** Executions at one instant beyond which the run stops rather than loop (a model that re-creates its own due job). */
    private static final int MAX_AT_ONE_INSTANT = 5_000;

    private final ManagementService managementService;
    private final JdbcTemplate jdbc;
    private final Function<String, String> caseOrder;
    private final Map<String, String> instanceKeys = new HashMap<>();
    private final Map<String, String> activities = new HashMap<>();
    private final List<String> executed = new ArrayList<>();
    private final boolean keepOrder;
    private final java.util.function.ObjLongConsumer<String> steps;
    private long count;
    private long failed;

    /**
     * @param caseOrder case number → its sortable place in the arrival stream (null: not a replayed case)
     * @param keepOrder keep the stable key of every executed job (for tests of the order)
     * @param steps     told each job's kind (process and activity) and how long it took
     */
    DueJobs(ManagementService managementService, JdbcTemplate jdbc, Function<String, String> caseOrder,
            boolean keepOrder, java.util.function.ObjLongConsumer<String> steps) {
        this.steps = steps;
        this.managementService = managementService;
        this.jdbc = jdbc;
        this.caseOrder = caseOrder;
        this.keepOrder = keepOrder;
    }

    /** The earliest due date of a job that can run, or null. */
    Instant nextDue() {
        Timestamp first = jdbc.queryForObject(EngineTables.nextJobDueDate(), Timestamp.class);
        return first == null ? null : first.toInstant();
    }

    /**
     * Runs every job due at or before {@code now}, including those the executed ones make due, and answers the
     * earliest due date of a job left ({@link #nextDue}), or null. A batch of due jobs runs in order; jobs the
     * batch creates are due {@code now} (async continuations), never earlier than one of the batch, so taking
     * them in the next batch keeps the due order. After each batch one query answers both whether another
     * batch is due and when the next job is: a run spends a fifth of its job time looking for jobs.
     */
    Instant runDue(Instant now) {
        Timestamp limit = Timestamp.from(now.plusMillis(1));
        int atThisInstant = 0;
        while (true) {
            List<DueJob> due = new ArrayList<>(jdbc.query(EngineTables.jobsDueBefore(), (rs, i) -> new DueJob(
                    rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5)), limit));
            due.sort(Comparator.comparing(DueJob::due).thenComparing(this::stableKey).thenComparing(DueJob::id));
            for (DueJob job : due) {
                if (++atThisInstant > MAX_AT_ONE_INSTANT) {
                    throw new IllegalStateException("more than " + MAX_AT_ONE_INSTANT + " jobs at " + now
                            + ": a model re-creates its own due job (the last: " + stableKey(job) + ")");
                }
                execute(job);
            }
            Instant next = nextDue();
            if (next == null || next.isAfter(now)) {
                return next;
            }
        }
    }

    private void execute(DueJob job) {
        String key = job.due() + " " + stableKey(job);
        long begin = System.nanoTime();
        try {
            managementService.executeJob(job.id());
            steps.accept("job " + job.processDefinitionKey() + " " + activity(job), System.nanoTime() - begin);
        } catch (RuntimeException e) {
            if (managementService.createJobQuery().jobId(job.id()).count() == 0) {
                return; // an earlier job of the batch ended its scope (a boundary timer's task completed)
            }
            failed++;
            if (failed <= 20) {
                LOG.warn("whatif: job {} failed ({}), retried as the engine retries it", key, e.getMessage());
            }
        }
        count++;
        if (count % 500 == 0) {
            LOG.info("whatif: {} jobs executed, at {}", count, key);
        }
        if (keepOrder) {
            executed.add(key);
        }
    }

    long executedCount() {
        return count;
    }

    long failedCount() {
        return failed;
    }

    /** The stable keys of the jobs executed, in order (only when asked to keep them). */
    List<String> executedKeys() {
        return executed;
    }

    private String stableKey(DueJob job) {
        String instance = job.processInstanceId() == null ? "~" : instanceKeys.computeIfAbsent(job.processInstanceId(), this::instanceKey);
        return instance + " " + job.processDefinitionKey() + " " + activity(job);
    }

    private String activity(DueJob job) {
        return job.jobDefinitionId() == null ? "" : activities.computeIfAbsent(job.jobDefinitionId(), id -> {
            JobDefinition d = managementService.createJobDefinitionQuery().jobDefinitionId(id).singleResult();
            return d == null ? "" : d.getActivityId() + "/" + d.getJobType();
        });
    }

    private String instanceKey(String processInstanceId) {
        List<String> keys = jdbc.queryForList(EngineTables.businessKeyOfInstance(), String.class, processInstanceId);
        String businessKey = keys.isEmpty() ? null : keys.get(0);
        String place = businessKey == null ? null : caseOrder.apply(businessKey);
        return place != null ? place : "~" + (businessKey == null ? "" : businessKey);
    }
}
