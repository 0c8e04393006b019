package com.casedesk.whatif;

import com.casedesk.CasedeskApplication;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.review.ReviewRequests;
import com.casedesk.deadline.WorkingDayCalendar;
import com.casedesk.process.EngineClock;
import com.casedesk.process.EngineTables;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One simulated year through one set of models, on a database of its own: the service's Spring context without
 * web, job executor or any notice leaving the process ({@code whatif} profile), the candidate's files deployed
 * through the deployment gate, the {@link Replay} loop, then the outcomes read from the ledger. The engine
 * clock is JVM-wide: one run at a time per JVM (the command starts a JVM per run).
 */
public final class WhatIfRun {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfRun.class);
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * @param candidate folder laid over the release (null: the baseline)
     * @param database  a PostgreSQL server's JDBC URL to create the run's throwaway database on (null: in-memory H2)
     */
    public record Settings(String label, long seed, int year, Function<ArrivalCalendar, List<Arrival>> arrivals,
                           Staffing staffing, Path candidate, String database, Path workDir, boolean keepJobOrder) {
    }

    /** The run's result, and (when asked) the stable key of every job executed, in order. */
    public record Outcome(RunResult result, List<String> jobOrder, List<String> taskTrace, Map<String, String> refusals) {
    }

    private WhatIfRun() {
    }

    public static Outcome run(Settings s) {
        long begin = System.nanoTime();
        Instant start = LocalDate.of(s.year(), 1, 1).atStartOfDay(ZONE).toInstant();
        Instant end = LocalDate.of(s.year() + 1, 6, 30).atStartOfDay(ZONE).toInstant();
        ThrowawayDatabase database = ThrowawayDatabase.create(s.database(), s.label() + "_" + s.seed());
        EngineClock.moveTo(start);
        Path templates = Candidate.templates(s.candidate(), s.workDir());
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CasedeskApplication.class)
                .web(WebApplicationType.NONE).profiles("whatif").logStartupInfo(false)
                .run(arguments(database, templates).toArray(String[]::new));
        try {
            double started = (System.nanoTime() - begin) / 1e9;
            Candidate.deploy(s.candidate(), context.getBean(RepositoryService.class), context.getBean(IdentityService.class));
            WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
            List<Arrival> arrivals = s.arrivals().apply(ArrivalCalendar.of(calendar, ZONE));
            WorkingTime time = new WorkingTime(s.staffing().hours(), calendar::isWorkingDay, ZONE);
            Replay replay = new Replay(services(context), new ReplaySpec(s.label(), s.seed(), s.year(), arrivals,
                    s.staffing(), start, end, s.keepJobOrder()), time);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute(EngineTables.jobDueDateIndex());
            replay.book().openCasesFrom(() -> jdbc.queryForObject(
                    "select count(*) from complaint where status not in ('CLOSED', 'WITHDRAWN', 'MERGED')", Integer.class));
            Instant until = replay.run();
            long collect = System.nanoTime();
            List<CaseOutcome> cases = Outcomes.read(jdbc, arrivals, replay.book(), replay.book().departments(), until,
                    calendar::isWorkingDay, ZONE);
            Map<String, Double> seconds = new TreeMap<>(replay.phases().seconds());
            seconds.put("start", started);
            seconds.put("collect", (System.nanoTime() - collect) / 1e9);
            seconds.put("total", (System.nanoTime() - begin) / 1e9);
            RunResult.RunStats stats = replay.stats(until);
            stats = new RunResult.RunStats(stats.jobsExecuted(), stats.jobsFailed(), stats.tasksCompleted(),
                    stats.tasksVanished(), stats.actions(), stats.simulatedUntil(), seconds);
            LOG.info("whatif {} seed {}: {} cases, {} jobs, {} tasks in {} s", s.label(), s.seed(), cases.size(),
                    stats.jobsExecuted(), stats.tasksCompleted(), Math.round(seconds.get("total")));
            LOG.info("whatif {} seed {}: where the time went, by kind of step (count, seconds, ms each):\n  {}", s.label(),
                    s.seed(), String.join("\n  ", replay.phases().stepLines()));
            return new Outcome(new RunResult(s.label(), s.seed(), s.year(), Models.digests(context.getBean(RepositoryService.class)),
                    cases, new ArrayList<>(replay.book().weeks()), stats), replay.jobs().executedKeys(), replay.trace(),
                    replay.refusals());
        } finally {
            context.close();
            EngineClock.reset();
            database.drop();
        }
    }

    private static Replay.Services services(ConfigurableApplicationContext c) {
        return new Replay.Services(c.getBean(ComplaintIntake.class), c.getBean(ComplaintActions.class),
                c.getBean(ReviewRequests.class), c.getBean(FormService.class), c.getBean(TaskService.class),
                c.getBean(IdentityService.class), c.getBean(ManagementService.class), c.getBean(JdbcTemplate.class),
                c.getBean(TaskFeed.class));
    }

    /** Command-line properties: they rank above application.yaml and anything in the environment. */
    private static List<String> arguments(ThrowawayDatabase database, Path templates) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--camunda.bpm.job-execution.enabled=false",
                "--camunda.bpm.process-engine-name=whatif",
                // the report reads the ledger, never engine history, and only the replay's agents act here, each on
                // tasks offered to its own group: no history, no clean-up of it, no grant checks (docs/whatif.md)
                "--camunda.bpm.history-level=none",
                "--camunda.bpm.authorization.enabled=false",
                "--camunda.bpm.generic-properties.properties.historyCleanupEnabled=false",
                "--camunda.bpm.metrics.enabled=false",
                "--camunda.bpm.metrics.db-reporter-activate=false",
                "--casedesk.notification.in-process-only=true",
                "--spring.mail.host=",
                "--casedesk.notification.sms.url=",
                "--casedesk.demo-users=false",
                "--casedesk.statistics.metrics-refresh=P1D",
                "--spring.jmx.enabled=false",
                // nobody reaches a replay: no engine REST, no webapps (they would also need a servlet container)
                "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration,"
                        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
                "--logging.level.root=WARN",
                "--logging.level.com.casedesk.whatif=INFO"));
        if (templates != null) {
            args.add("--casedesk.notification.templates=file:" + templates.toAbsolutePath() + "/");
        }
        return args;
    }
}
