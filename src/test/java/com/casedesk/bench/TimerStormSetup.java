package com.casedesk.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Prepares the timer storm (bench/timer-storm.sh): moves the reply-deadline escalation timers
 * ({@code Timer_ReplyDeadline}) of N open cases to one due instant, through
 * {@link ManagementService#setJobDuedate} (the engine's API, no SQL on engine tables), and records
 * their ids in the benchmark table {@code bench_storm} so the script can count how many fired and
 * whether any fired twice. Runs a standalone engine without job executor against the service's
 * database while the service is stopped. A benchmark main, not a test.
 *
 * <p>Arguments: JDBC URL, user, password, number of timers, due instant (epoch milliseconds).
 */
public final class TimerStormSetup {

    private TimerStormSetup() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[3]);
        Date due = new Date(Long.parseLong(args[4]));
        ProcessEngine engine = BareEngineBench.standaloneEngine(args, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        try (Connection db = DriverManager.getConnection(args[0], args[1], args[2])) {
            try (Statement s = db.createStatement()) {
                s.execute("drop table if exists bench_storm");
                s.execute("create table bench_storm (job_id varchar(64) primary key, proc_inst_id varchar(64) not null,"
                        + " due timestamp not null)");
            }
            ManagementService management = engine.getManagementService();
            long begin = System.nanoTime();
            List<Job> jobs = management.createJobQuery().timers().activityId("Timer_ReplyDeadline")
                    .orderByJobDuedate().asc().listPage(0, count);
            try (PreparedStatement insert = db.prepareStatement("insert into bench_storm values (?, ?, ?)")) {
                for (Job job : jobs) {
                    management.setJobDuedate(job.getId(), due);
                    insert.setString(1, job.getId());
                    insert.setString(2, job.getProcessInstanceId());
                    insert.setTimestamp(3, new Timestamp(due.getTime()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            System.out.printf("storm-setup: %d escalation timers now due at %s (set in %.0f s)%n",
                    jobs.size(), due.toInstant(), (System.nanoTime() - begin) / 1e9);
        } finally {
            engine.close();
        }
    }
}
