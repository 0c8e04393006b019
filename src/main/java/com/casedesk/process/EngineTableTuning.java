package com.casedesk.process;

import java.sql.Connection;
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
 *   <li>On PostgreSQL, statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}. The task
 *   list's authorization check filters on {@code PERMS_ & 2 = 2}; without statistics PostgreSQL guesses
 *   a handful of matching rows where there is one per open task, and joins every task with every
 *   authorization (1.6 s at 2,700 open tasks instead of 0.1 s).</li>
 * </ul>
 */
@Component
class EngineTableTuning extends AbstractProcessEnginePlugin {

    static final String DUE_DATE_INDEX = "act_idx_job_duedate";
    /** The permissions the task query checks: READ (2) on a task, READ_TASK (64) on a process definition. */
    static final List<Integer> CHECKED_PERMISSIONS = List.of(2, 64);

    private static final Logger LOG = LoggerFactory.getLogger(EngineTableTuning.class);

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        var config = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        String prefix = config.getDatabaseTablePrefix();
        List<String> statements = new ArrayList<>();
        switch (config.getDatabaseType()) {
            case "postgres" -> {
                statements.add(dueDateIndex(prefix));
                for (int permission : CHECKED_PERMISSIONS) {
                    statements.add("create statistics if not exists act_stat_auth_perms_" + permission
                            + " on (perms_ & " + permission + ") from " + prefix + "ACT_RU_AUTHORIZATION");
                }
                statements.add("analyze " + prefix + "ACT_RU_AUTHORIZATION");
            }
            case "h2" -> statements.add(dueDateIndex(prefix));
            default -> LOG.warn("On {} create an index on ACT_RU_JOB (DUEDATE_) by hand", config.getDatabaseType());
        }
        try (Connection connection = config.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
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

    private static String dueDateIndex(String prefix) {
        return "create index if not exists " + DUE_DATE_INDEX + " on " + prefix + "ACT_RU_JOB (DUEDATE_)";
    }
}
