package com.casedesk.complaint.stuck;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.stuck.StuckCaseProcess.Vars;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stuck cases (停滞案件, 002 §5 跟踪与监督): open, clock not paused, and nothing in the case event log
 * for {@code casedesk.complaint.stuck-after} ({@link StuckRule}). Each gets one {@code complaint-exception} instance for
 * the supervisors. The sweep model calls {@link #sweepCycle()} for its timer and runs
 * {@link #raiseExceptions()} through {@link FindStuckCasesDelegate}.
 *
 * <p>The two properties are read here with {@code @Value} rather than added to
 * {@link ComplaintProperties}, so this feature does not change that record's constructor.
 */
@ModelFacing
@Component("stuckCases")
public class StuckCases {

    private static final Logger LOG = LoggerFactory.getLogger(StuckCases.class);

    /**
     * The candidates, narrowed in the database with the rule's own conditions (the sweep must not read
     * every open case): open, not paused, received before the cutoff and no event after it. An event in
     * the future of the cutoff (any recent step, including an earlier exception being raised) keeps a
     * case off the list. Open is named as the statuses that are open (not as those that are not), so that
     * the index on status serves the hourly sweep instead of a scan of every case ever received.
     */
    private static final String STUCK_CASES = """
            select c.case_number, c.level, c.status, c.paused_since,
                   coalesce((select max(e.occurred_at) from case_event e where e.case_number = c.case_number),
                            c.received_at) as last_activity_at
            from complaint c
            where c.status in (%s)
              and c.paused_since is null
              and c.received_at <= ?
              and not exists (select 1 from case_event e
                              where e.case_number = c.case_number and e.occurred_at > ?)
            order by c.case_number
            """.formatted(java.util.Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen)
            .map(st -> "'" + st.name() + "'").collect(java.util.stream.Collectors.joining(", ")));

    private final JdbcTemplate jdbc;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;
    private final Clock clock;
    private final StuckRule rule;
    private final String sweepCycle;

    StuckCases(JdbcTemplate jdbc, RuntimeService runtimeService, CaseEventLog events, Clock clock,
               @Value("${casedesk.complaint.stuck-after:P3D}") Duration stuckAfter,
               @Value("${casedesk.complaint.stuck-sweep-every:0 0 * * * ?}") String sweepCycle) {
        this.rule = new StuckRule(stuckAfter);
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.events = events;
        this.clock = clock;
        this.sweepCycle = sweepCycle;
    }

    /**
     * The sweep's timer cycle: a cron expression ({@code 0 0 * * * ?}, on the hour) or an ISO 8601 repeating
     * interval. Cron by default: the engine computes an ISO cycle's next date by adding the period to the
     * timer's start once for every firing since (DurationHelper), so an hourly {@code R/PT1H} costs more at
     * each firing the longer the node runs (8,760 additions per firing after a year); cron computes it directly.
     */
    public String sweepCycle() {
        return sweepCycle;
    }

    public Duration stuckAfter() {
        return rule.stuckAfter();
    }

    /** A case with no progress since before the cutoff, as the sweep found it. */
    record StuckCase(String caseNumber, Integer level, Instant lastActivityAt) {
    }

    List<StuckCase> find() {
        Instant now = Instant.now(clock);
        Timestamp cutoff = Timestamp.from(rule.cutoff(now));
        return jdbc.query(STUCK_CASES, (rs, i) -> new Candidate(
                        new StuckCase(rs.getString("case_number"), (Integer) rs.getObject("level"),
                                rs.getTimestamp("last_activity_at").toInstant()),
                        ComplaintStatus.valueOf(rs.getString("status")), rs.getTimestamp("paused_since") != null),
                cutoff, cutoff).stream()
                .filter(c -> rule.isStuck(c.status(), c.paused(), c.stuckCase().lastActivityAt(), now))
                .map(Candidate::stuckCase)
                .toList();
    }

    private record Candidate(StuckCase stuckCase, ComplaintStatus status, boolean paused) {
    }

    /** Opens an exception for every stuck case that has none open yet; returns how many were opened. */
    int raiseExceptions() {
        int raised = 0;
        List<StuckCase> found = find();
        Set<String> open = found.isEmpty() ? Set.of() : casesWithOpenException();
        for (StuckCase stuck : found) {
            if (open.contains(stuck.caseNumber())) {
                continue;
            }
            raise(stuck);
            raised++;
        }
        LOG.info("stuck-case sweep: {} exception(s) raised (stuck after {})", raised, rule.stuckAfter());
        return raised;
    }

    /**
     * One question per sweep, not one per stuck case: a case whose exception is open stays stuck (its last event
     * is the raising), so with a backlog every hourly sweep found the same cases again and asked the engine about
     * each of them.
     */
    private Set<String> casesWithOpenException() {
        return runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(StuckCaseProcess.EXCEPTION_KEY)
                .list().stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
    }

    private void raise(StuckCase stuck) {
        String stuckFor = rule.inWords();
        events.append(stuck.caseNumber(), CaseEventLog.SYSTEM, CaseEventType.EXCEPTION_RAISED,
                "案件停滞超过 " + stuckFor + " 未有处理进展（最后进展 " + stuck.lastActivityAt() + "），已转主管异常处理");
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_NUMBER.name(), stuck.caseNumber());
        variables.put(Vars.LEVEL.name(), stuck.level());
        variables.put(Vars.STUCK_FOR.name(), stuckFor);
        runtimeService.startProcessInstanceByKey(StuckCaseProcess.EXCEPTION_KEY, stuck.caseNumber(), variables);
    }
}
