package com.casedesk.statistics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Case metrics for Prometheus ({@code /actuator/prometheus}), read from the ledger and the engine. A
 * scrape never queries the database: {@link #refresh} computes one snapshot every
 * {@code casedesk.statistics.metrics-refresh} (a handful of aggregate queries) and every meter reads it.
 * Counters are the ledger's running totals, so they survive restarts and agree on every node.
 */
@Component
public class CaseMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(CaseMetrics.class);
    static final List<String> LEVELS = List.of("1", "2", "3", "none");

    /**
     * The ledger's totals by level from the narrow index {@code ix_complaint_status_level} alone (V23_6): read
     * from the table every 30 s, five years of complaints pushed a gigabyte through the page cache each time and
     * cost intake two thirds of its rate (docs/performance.md, "Intake at five years").
     */
    private static final String COMPLAINTS = """
            select coalesce(cast(c.level as varchar(8)), 'none') as level,
                   count(*) as received,
                   sum(case when c.status in ('CLOSED', 'WITHDRAWN') then 1 else 0 end) as closed,
                   sum(case when c.status not in ('CLOSED', 'WITHDRAWN', 'MERGED') then 1 else 0 end) as open,
                   sum(c.escalation_count) as escalations
            from complaint c
            where c.status <> 'MERGED'
            group by coalesce(cast(c.level as varchar(8)), 'none')
            """;
    /** The open cases past their statutory deadline: the open statuses' rows only (ix_complaint_status_received). */
    private static final String OVERDUE = """
            select coalesce(cast(c.level as varchar(8)), 'none') as level, count(*) as overdue
            from complaint c
            where c.status in %s and c.decided_at is null and c.statutory_due_by < ?
            group by coalesce(cast(c.level as varchar(8)), 'none')
            """.formatted(CaseMonitor.OPEN_STATUSES);
    private static final String REPORTS = """
            select count(*) as received,
                   sum(case when r.status in ('CLOSED', 'REFUSED') then 1 else 0 end) as closed
            from wb_report r
            """;
    private static final String WB_ESCALATIONS = """
            select count(*) from case_event e
            where e.event_type = 'ESCALATED' and e.case_number in (select r.report_number from wb_report r)
            """;
    /** The unsent notices: on PostgreSQL from the partial index of unsent rows (V23_7), not the whole outbox. */
    private static final String OUTBOX = "select count(*) from outbox_message where sent_at is null";

    /** What every meter reads; replaced whole on each refresh. */
    record Snapshot(Map<String, long[]> complaintsByLevel, long reportsReceived, long reportsClosed,
                    long reportEscalations, long outboxBacklog, long jobsDue, long jobsFailed, long incidents) {

        static final Snapshot EMPTY = new Snapshot(Map.of(), 0, 0, 0, 0, 0, 0, 0);

        long complaints(String level, int column) {
            long[] row = complaintsByLevel.get(level);
            return row == null ? 0 : row[column];
        }
    }

    static final int RECEIVED = 0;
    static final int CLOSED = 1;
    static final int OPEN = 2;
    static final int OVERDUE_COLUMN = 3;
    static final int ESCALATIONS = 4;

    private final JdbcTemplate jdbc;
    private final ManagementService managementService;
    private final RuntimeService runtimeService;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.EMPTY);

    CaseMetrics(JdbcTemplate jdbc, ManagementService managementService, RuntimeService runtimeService, Clock clock,
                MeterRegistry registry) {
        this.jdbc = jdbc;
        this.managementService = managementService;
        this.runtimeService = runtimeService;
        this.clock = clock;
        register(registry);
    }

    private void register(MeterRegistry registry) {
        for (String level : LEVELS) {
            Tags tags = Tags.of("type", "complaint", "level", level);
            FunctionCounter.builder("casedesk.cases.received", snapshot, s -> s.get().complaints(level, RECEIVED))
                    .description("Cases received (ledger total)").tags(tags).register(registry);
            FunctionCounter.builder("casedesk.cases.closed", snapshot, s -> s.get().complaints(level, CLOSED))
                    .description("Cases closed or withdrawn (ledger total)").tags(tags).register(registry);
            Gauge.builder("casedesk.cases.open", snapshot, s -> s.get().complaints(level, OPEN))
                    .description("Open cases (backlog)").tags(tags).register(registry);
            Gauge.builder("casedesk.cases.overdue", snapshot, s -> s.get().complaints(level, OVERDUE_COLUMN))
                    .description("Open cases not decided by their statutory deadline").tags(tags).register(registry);
            FunctionCounter.builder("casedesk.escalations", snapshot, s -> s.get().complaints(level, ESCALATIONS))
                    .description("Overdue escalations fired (ledger total)").tags(tags).register(registry);
        }
        Tags wb = Tags.of("type", "whistleblowing", "level", "none");
        FunctionCounter.builder("casedesk.cases.received", snapshot, s -> s.get().reportsReceived())
                .description("Cases received (ledger total)").tags(wb).register(registry);
        FunctionCounter.builder("casedesk.cases.closed", snapshot, s -> s.get().reportsClosed())
                .description("Cases closed or withdrawn (ledger total)").tags(wb).register(registry);
        Gauge.builder("casedesk.cases.open", snapshot, s -> s.get().reportsReceived() - s.get().reportsClosed())
                .description("Open cases (backlog)").tags(wb).register(registry);
        FunctionCounter.builder("casedesk.escalations", snapshot, s -> s.get().reportEscalations())
                .description("Overdue escalations fired (ledger total)").tags(wb).register(registry);
        Gauge.builder("casedesk.outbox.backlog", snapshot, s -> s.get().outboxBacklog())
                .description("Notices in the outbox not yet sent").register(registry);
        Gauge.builder("casedesk.jobs.due", snapshot, s -> s.get().jobsDue())
                .description("Engine jobs due and waiting for the job executor").register(registry);
        Gauge.builder("casedesk.jobs.failed", snapshot, s -> s.get().jobsFailed())
                .description("Engine jobs with no retries left").register(registry);
        Gauge.builder("casedesk.incidents", snapshot, s -> s.get().incidents())
                .description("Open engine incidents").register(registry);
    }

    /** Recomputes the snapshot; the meters show the new figures at the next scrape. */
    @Scheduled(fixedDelayString = "${casedesk.statistics.metrics-refresh}", initialDelay = 5_000)
    public void refresh() {
        try {
            Map<String, long[]> byLevel = new HashMap<>();
            jdbc.query(COMPLAINTS, rs -> {
                byLevel.put(rs.getString("level"), new long[] {rs.getLong("received"), rs.getLong("closed"),
                        rs.getLong("open"), 0, rs.getLong("escalations")});
            });
            jdbc.query(OVERDUE, rs -> {
                byLevel.computeIfAbsent(rs.getString("level"), l -> new long[5])[OVERDUE_COLUMN] = rs.getLong("overdue");
            }, Timestamp.from(Instant.now(clock)));
            long[] reports = jdbc.queryForObject(REPORTS, (rs, i) -> new long[] {rs.getLong("received"), rs.getLong("closed")});
            snapshot.set(new Snapshot(Map.copyOf(byLevel), reports[0], reports[1],
                    jdbc.queryForObject(WB_ESCALATIONS, Long.class), jdbc.queryForObject(OUTBOX, Long.class),
                    managementService.createJobQuery().executable().count(),
                    managementService.createJobQuery().noRetriesLeft().count(),
                    runtimeService.createIncidentQuery().count()));
        } catch (RuntimeException e) {
            // keep the last snapshot: a metric that stops moving is better than a scrape that fails
            LOG.warn("case metrics not refreshed: {}", e.toString());
        }
    }

    Snapshot snapshot() {
        return snapshot.get();
    }
}
