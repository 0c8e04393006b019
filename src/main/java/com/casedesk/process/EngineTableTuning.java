package com.casedesk.process;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine's own tables lack for our load (docs/performance.md), created once the engine's
 * schema exists and before the job executor starts. The engine creates its tables after Flyway has
 * run, so this cannot be a migration.
 *
 * <ul>
 *   <li>An index on the job table's due date, which Camunda 7.24 does not ship. With
 *   {@code jobExecutorAcquireByDueDate} and {@code ensureJobDueDateNotNull} every acquisition asks for
 *   the jobs due first; without the index that reads and sorts the whole job table, two timers per
 *   open case.</li>
 *   <li>An index on the identity links' {@code TASK_ID_, GROUP_ID_, TYPE_}. Walking tasks by due date,
 *   the task list asks of each whether it is a candidate task of the worker's group; Camunda's index
 *   on {@code TASK_ID_} alone makes that a table read per task, this one answers it from the index.
 *   It matters when many tasks of other groups are due first: 40,000 of them cost 138 ms without it,
 *   85 ms with it.</li>
 *   <li>On PostgreSQL, a partial index on the job table's locked rows. Every acquisition skips jobs of
 *   process instances that have an exclusive job in progress ({@code not exists (… J2.LOCK_OWNER_ is not
 *   null and J2.LOCK_EXP_TIME_ >= now)}). PostgreSQL answers that by hashing every in-progress job,
 *   and without an index on locked rows it finds them by reading the whole job table: 35 ms per
 *   acquisition with 200,000 timers pending, once per batch of 20 jobs, for as long as any job is due.
 *   Locked rows are only the jobs being executed, so the index stays a few entries small.</li>
 *   <li>An index on the task table's due date, followed by {@code REV_, ID_}. Tasklist's list of a
 *   group's tasks by due date is Camunda's {@code select distinct RES.REV_, RES.ID_, … order by
 *   RES.DUE_DATE_ limit 50}; PostgreSQL de-duplicates it by sorting on {@code DUE_DATE_, REV_, ID_, …}.
 *   With these three columns in the index (the ID makes every row unique) it reads the tasks already in
 *   that order and stops after the first page, instead of sorting every task of the group: 0.2 s at
 *   100,000 open cases. An index on the due date alone does not do it — many tasks share a due date
 *   (deadlines end with a working day), and each group of equal dates was still sorted in full.</li>
 *   <li>On PostgreSQL, statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}. The task
 *   list's authorization check filters on {@code PERMS_ & 2 = 2}; without statistics PostgreSQL guesses
 *   a handful of matching rows where there is one per open task, and joins every task with every
 *   authorization (1.6 s at 2,700 open tasks instead of 0.1 s).</li>
 * </ul>
 */
@Component
class EngineTableTuning extends AbstractProcessEnginePlugin {

    static final String DUE_DATE_INDEX = "act_idx_job_duedate";
    static final String TASK_DUE_DATE_INDEX = "act_idx_task_duedate";
    static final String LOCKED_JOB_INDEX = "act_idx_job_locked";
    static final String TASK_GROUP_LINK_INDEX = "act_idx_ident_lnk_task_group";
    /** The permissions the task query checks: READ (2) on a task, READ_TASK (64) on a process definition. */
    static final List<Integer> CHECKED_PERMISSIONS = List.of(2, 64);
    static final String STATISTICS_PREFIX = "act_stat_auth_perms_";

    private static final Logger LOG = LoggerFactory.getLogger(EngineTableTuning.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        var config = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = config.getDatabaseTablePrefix();
        String database = config.getDatabaseType();
        if (!"postgres".equals(database) && !"h2".equals(database)) {
            LOG.warn("On {} create these indexes by hand: {}", database, portableIndexes(prefix));
            return;
        }
        List<String> statements = new ArrayList<>(portableIndexes(prefix));
        try (Connection connection = config.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            if ("postgres".equals(database)) {
                statements.addAll(postgresOnly(prefix, statement));
            }
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            // A schema the service may not change (its owner tunes it): the engine works without these,
            // only job acquisition and the task list are slower with many open cases.
            LOG.warn("Could not tune the engine tables ({}): {}", statements, e.getMessage());
        }
    }

    private static List<String> portableIndexes(String prefix) {
        return List.of(
                index(DUE_DATE_INDEX, prefix + "ACT_RU_JOB (DUEDATE_)"),
                index(TASK_DUE_DATE_INDEX, prefix + "ACT_RU_TASK (DUE_DATE_, REV_, ID_)"),
                index(TASK_GROUP_LINK_INDEX, prefix + "ACT_RU_IDENTITYLINK (TASK_ID_, GROUP_ID_, TYPE_)"));
    }

    /**
     * The partial index and the statistics H2 has no syntax for. The authorization table is analyzed only
     * when a statistics object is new (0.2 s at 100,000 open cases, on every node's start otherwise);
     * after that PostgreSQL's own analyze keeps the statistics current.
     */
    private static List<String> postgresOnly(String prefix, Statement statement) throws SQLException {
        List<String> statements = new ArrayList<>();
        statements.add(index(LOCKED_JOB_INDEX,
                prefix + "ACT_RU_JOB (PROCESS_INSTANCE_ID_, LOCK_EXP_TIME_) where LOCK_OWNER_ is not null"));
        for (int permission : CHECKED_PERMISSIONS) {
            statements.add("create statistics if not exists " + STATISTICS_PREFIX + permission
                    + " on (perms_ & " + permission + ") from " + prefix + "ACT_RU_AUTHORIZATION");
        }
        try (ResultSet existing = statement.executeQuery(
                "select count(*) from pg_statistic_ext where stxname like '" + STATISTICS_PREFIX + "%'")) {
            existing.next();
            if (existing.getInt(1) < CHECKED_PERMISSIONS.size()) {
                statements.add("analyze " + prefix + "ACT_RU_AUTHORIZATION");
            }
        }
        return statements;
    }

    private static String index(String name, String on) {
        return "create index if not exists " + name + " on " + on;
    }
}
