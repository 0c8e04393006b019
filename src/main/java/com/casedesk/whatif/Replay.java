package com.casedesk.whatif;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.actions.ComplaintActions;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.review.ReviewRequests;
import com.casedesk.process.EngineClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event loop of one replayed year. The engine clock jumps from one event to the next: the next arrival,
 * the next job due, an agent finishing a task, a complainant acting, the end of an ISO week. At each instant
 * the jobs due run first (in due order, {@link DueJobs}), then the events of that instant, then idle agents
 * take queued tasks. Everything goes through the service's own code: intake, Tasklist's form submission as
 * the agent, the case actions, review requests.
 */
final class Replay {

    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);

    /** What the services of a run's context are, for the loop (no Spring in the loop itself). */
    record Services(ComplaintIntake intake, ComplaintActions actions, ReviewRequests reviews, FormService forms,
                    TaskService tasks, IdentityService identity, ManagementService management, JdbcTemplate jdbc,
                    TaskFeed feed) {
    }

    private enum Kind { ARRIVAL, WORK_DONE, RESUME, WITHDRAW, REVIEW, WEEK_END }

    private record Event(Instant at, Kind kind, String key, Runnable action) {
    }

    private final Services services;
    private final ReplaySpec spec;
    private final StaffAgents agents;
    private final WorkingTime time;
    private final Draws draws;
    private final CaseBook book;
    private final DueJobs jobs;
    private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> {
        int c = a.at().compareTo(b.at());
        c = c != 0 ? c : a.kind().compareTo(b.kind());
        return c != 0 ? c : a.key().compareTo(b.key());
    });
    private final Phases phases = new Phases();
    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Map<String, String> refusals = new HashMap<>();
    private final java.util.List<String> trace = new java.util.ArrayList<>();
    private int arrivalsLeft;
    private long tasksCompleted;
    private long tasksVanished;
    private long actions;
    private Instant now;

    Replay(Services services, ReplaySpec spec, WorkingTime time) {
        this.services = services;
        this.spec = spec;
        this.time = time;
        this.agents = new StaffAgents(spec.staffing().groups(), time);
        this.draws = new Draws(spec.seed());
        this.book = new CaseBook(time, agents);
        this.jobs = new DueJobs(services.management(), services.jdbc(), book::order, spec.keepJobOrder(), phases::step);
    }

    DueJobs jobs() {
        return jobs;
    }

    CaseBook book() {
        return book;
    }

    /** Where the time went: seconds per phase, and per kind of step. */
    Phases phases() {
        return phases;
    }

    RunResult.RunStats stats(Instant until) {
        return new RunResult.RunStats(jobs.executedCount(), jobs.failedCount(), tasksCompleted,
                tasksVanished, actions, until.toString(), phases.seconds());
    }

    /** Runs until every case is done or {@code spec.end()}; answers the instant it stopped at. */
    Instant run() {
        now = spec.start();
        EngineClock.moveTo(now);
        for (Arrival a : spec.arrivals()) {
            events.add(new Event(a.receivedAt(), Kind.ARRIVAL, key(a.seq()), () -> arrive(a)));
        }
        arrivalsLeft = spec.arrivals().size();
        scheduleWeekEnd(now);
        Instant nextJob = null;
        boolean engineTouched = true;
        while (true) {
            if (engineTouched) {
                nextJob = phases.timed("jobs", "next due job (query)", jobs::nextDue);
            }
            engineTouched = false;
            Instant nextDispatch = agents.nextDispatch(now);
            Event next = events.peek();
            Instant t = WorkingTime.earliest(WorkingTime.earliest(nextJob, nextDispatch), next == null ? null : next.at());
            if (t == null || t.isAfter(spec.end()) || finished(next)) {
                return now;
            }
            if (t.isAfter(now)) {
                now = t;
                EngineClock.moveTo(now);
            }
            if (nextJob != null && !nextJob.isAfter(now)) {
                nextJob = phases.timed("jobs", () -> jobs.runDue(now)); // it answers the next due date
            } else if (next != null && !next.at().isAfter(now)) {
                events.poll();
                next.action().run();
                // a week's end only takes a snapshot; anything else may have created or removed jobs
                engineTouched = next.kind() != Kind.WEEK_END;
            }
            feed();
            for (StaffAgents.Started s : agents.dispatch(now)) {
                start(s); // a claim creates no job
            }
        }
    }

    /** Done when nothing but week ends is left and no case is open. */
    private boolean finished(Event next) {
        return arrivalsLeft == 0 && (next == null || next.kind() == Kind.WEEK_END && events.size() == 1)
                && agents.queued() == 0 && book.openCases() == 0;
    }

    private void arrive(Arrival a) {
        arrivalsLeft--;
        phases.timed("intake", "intake", () -> {
            book.register(a, services.intake().register(Submissions.of(a), null, null,
                    a.channel().isSelfService() ? null : "whatif-intake").receipt().caseNumber());
            return null;
        });
        SplittableRandom complainant = draws.of(a.seq(), "complainant", 0);
        Staffing.Complainants c = spec.staffing().complainants();
        if (complainant.nextDouble() < c.withdrawn()) {
            events.add(new Event(a.receivedAt().plus(java.time.Duration.ofDays(c.withdrawAfterDays())), Kind.WITHDRAW,
                    key(a.seq()), () -> act(a.seq(), "withdraw", () -> services.actions().withdraw(book.caseNumber(a.seq()),
                    "客户撤回投诉（推演）", null))));
        }
    }

    private void feed() {
        services.feed().drainRemoved().forEach(agents::remove);
        for (TaskFeed.Created task : services.feed().drainCreated()) {
            if (spec.keepJobOrder()) {
                trace.add(now + " task " + task.definitionKey() + " " + book.order(task.caseNumber()) + " " + task.candidateGroups());
            }
            book.department(task.caseNumber(), task.department());
            agents.add(task);
        }
    }

    private void start(StaffAgents.Started s) {
        int seq = book.seqOf(s.task().caseNumber());
        String taskKey = s.task().definitionKey();
        int n = occurrences.merge(seq + "|" + taskKey, 1, Integer::sum);
        SplittableRandom random = draws.of(seq, taskKey, n);
        Staffing.TaskPlay play = spec.staffing().tasks().get(taskKey);
        if (play == null) {
            throw new IllegalStateException("task " + taskKey + " has no entry under tasks: in the staffing file:"
                    + " say how long it takes and what the worker decides (docs/whatif.md)");
        }
        double minutes = Draws.minutes(random, play.minutes());
        Staffing.Outcome outcome = Draws.outcome(random, play.outcomes());
        boolean claimed = phases.timed("claims", "claim", () -> as(s, () -> {
            services.tasks().claim(s.task().id(), s.user());
            return true;
        }, "claim " + taskKey));
        if (!claimed) {
            if (services.tasks().createTaskQuery().taskId(s.task().id()).count() == 0) {
                tasksVanished++;
                agents.free(s, false);
            } else if (!agents.requeueWithout(s)) {
                // refused to every agent of the group (e.g. each decided the case): it waits, as in Tasklist
                refusals.putIfAbsent("claim " + taskKey, "refused to every agent of " + s.group());
            } else {
                refusals.putIfAbsent("claim " + taskKey, "refused to " + s.user() + ", taken by another agent");
            }
            occurrences.merge(seq + "|" + taskKey, -1, Integer::sum);
            return;
        }
        StaffAgents.Started busy = agents.busy(s, minutes);
        events.add(new Event(busy.doneAt(), Kind.WORK_DONE, key(seq) + taskKey + n, () -> done(busy, seq, outcome)));
    }

    private void done(StaffAgents.Started s, int seq, Staffing.Outcome outcome) {
        agents.free(s, true);
        if (spec.keepJobOrder()) {
            trace.add(now + " done " + s.task().definitionKey() + " " + book.order(s.task().caseNumber()) + " by " + s.user()
                    + " from " + s.startedAt());
        }
        if ("pause".equals(outcome.action())) {
            act(seq, "pause", () -> as(s, () -> services.actions().pause(book.caseNumber(seq),
                    ClockPause.Kind.EXTERNAL_APPRAISAL, "委托第三方鉴定（推演）"), "pause"));
            int days = outcome.days() == null ? 10 : outcome.days();
            events.add(new Event(now.plus(java.time.Duration.ofDays(days)), Kind.RESUME, key(seq) + s.task().id(), () -> {
                act(seq, "resume", () -> as(s, () -> services.actions().resume(book.caseNumber(seq)), "resume"));
                submit(s, seq, outcome);
            }));
            return;
        }
        submit(s, seq, outcome);
        if ("extension".equals(outcome.action())) {
            act(seq, "extension", () -> as(s, () -> services.actions().requestExtension(book.caseNumber(seq),
                    "需外部鉴定，申请延长30日（推演）"), "extension"));
        }
        if ("Task_SatisfactionCallback".equals(s.task().definitionKey())
                && draws.of(seq, "review", 0).nextDouble() < spec.staffing().complainants().reviewRequested()) {
            events.add(new Event(now.plus(java.time.Duration.ofDays(spec.staffing().complainants().reviewAfterDays())),
                    Kind.REVIEW, key(seq), () -> act(seq, "review", () -> services.reviews().register(book.caseNumber(seq),
                    "对处理结果不服，申请核查（推演）", null, "whatif-intake"))));
        }
    }

    private void submit(StaffAgents.Started s, int seq, Staffing.Outcome outcome) {
        Map<String, Object> variables = Submissions.variables(outcome, s.task(), now, time.zone());
        boolean ok = phases.timed("tasks", "complete " + s.task().definitionKey(), () -> as(s, () -> {
            services.forms().submitTaskForm(s.task().id(), variables);
            return true;
        }, "complete " + s.task().definitionKey()));
        if (ok) {
            tasksCompleted++;
        } else {
            tasksVanished++;
        }
    }

    /** An action besides completing tasks; refused ones (the case moved on) are counted, not fatal. */
    private void act(int seq, String what, Runnable action) {
        phases.timed("actions", () -> {
            try {
                action.run();
                actions++;
            } catch (RuntimeException e) {
                refusals.putIfAbsent(what, e.getMessage());
            }
            return null;
        });
    }

    /** Runs as the agent (their user, their group), as Tasklist would; false when the task is gone. */
    private <T> boolean as(StaffAgents.Started s, Supplier<T> action, String what) {
        services.identity().setAuthentication(s.user(), List.of(s.group()));
        try {
            action.get();
            return true;
        } catch (RuntimeException e) {
            if (services.tasks().createTaskQuery().taskId(s.task().id()).count() > 0 && what.startsWith("complete")) {
                throw new IllegalStateException("the staffing file's outcome for " + what + " was refused by the service: "
                        + e.getMessage(), e);
            }
            LOG.debug("whatif: {} of a task no longer there: {}", what, e.getMessage());
            return false;
        } finally {
            services.identity().clearAuthentication();
        }
    }

    private void scheduleWeekEnd(Instant from) {
        Instant end = from.atZone(time.zone()).toLocalDate().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY))
                .atStartOfDay(time.zone()).toInstant();
        events.add(new Event(end, Kind.WEEK_END, "", () -> {
            book.weekEnded(end);
            scheduleWeekEnd(end);
        }));
    }

    java.util.List<String> trace() {
        return trace;
    }

    Map<String, String> refusals() {
        return refusals;
    }

    private static String key(int seq) {
        return String.format("%09d", seq);
    }
}
