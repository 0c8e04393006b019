package com.casedesk.bench;

import com.casedesk.CasedeskApplication;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseNumbers;
import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.complaint.access.Recusal;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.regime.RegimePin;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine side of the intake benchmark (bench/intake.sh, issue 20 §4): a Spring context of the service
 * (the same beans, configuration and job executor as the jar, against SPRING_DATASOURCE_*, its own
 * database) in which 1 and 4 threads start {@code complaint-handling} through {@link RuntimeService} exactly as
 * {@code ComplaintIntake.register} starts it: the latest deployed version by key, business key = case number,
 * {@link ComplaintProcess#startVariables}, no authenticated user, the service's own delegates and listeners.
 *
 * <p><b>Inside the timed window</b>, per complaint: {@code startVariables(complaint)} and one engine command
 * in its own transaction (opened by the engine's Spring transaction interceptor, committed before the call
 * returns): the grading decision, {@code ApplyGradeDelegate} → {@code Grading} (the complaint read from the
 * ledger by case number, level policy, statutory clock and ledger update, the GRADED and DEPARTMENT_ASSIGNED
 * events, task cards, the department decision), the acknowledgement job's insert, the handling sub-process up
 * to its first user task with its listeners and timers, all history at the configured level (full). At the
 * same time the service's job executor runs the acknowledgement jobs of earlier starts, as it does during the
 * service's wrk run (the context's background work, e.g. the metrics refresh, runs in both too).
 *
 * <p><b>Outside it</b> (untimed): the ledger rows the delegates need, prepared before each window in a pool
 * (what {@code register} writes before the start, each complaint in its own transaction: case number,
 * complaint row, respondent recusal, regime pin, RECEIVED event); waiting, after the warm-up and after every
 * window, until no due job is left (as the script waits between the service's windows). <b>Not done at all</b>:
 * HTTP, JSON, validation, security filters, the idempotency row, the repeat-complaint check, the receipt read
 * after the start. One difference the other way: the intake's start finds the complaint its own transaction
 * saved ({@code ComplaintsInTransaction}); here {@code Grading} reads it with one indexed select.
 *
 * <p>The complaint is the one bench/intake.lua posts (ONLINE, insurance claim dispute, 12,000, no flags), with
 * an ID number of its own. The pool is sized from the warm-up's rate × window × 1.5; should it run dry,
 * the window ends there and the line says {@code pool=ran-out} (the rate is still started / elapsed).
 *
 * <p>A benchmark main, not a test. Arguments: warm-up seconds, measured seconds, thread counts (e.g.
 * {@code 1,4}), then any arguments for the service (e.g. {@code --camunda.bpm.history-level=audit}). Prints
 * {@code engine threads=N seconds=S started=K rate=R/s errors=E pool=ok | before: load | after: load} per count.
 */
public final class EngineIntakeBench {

    /** ComplaintIntake.COMPLAINANT: the actor of a complainant's own submission. */
    private static final String COMPLAINANT = "complainant";
    private static final int PREPARING_THREADS = 4;
    /** lib.sh due_jobs: jobs the executor could run now. */
    private static final String DUE_JOBS = "select count(*) from act_ru_job where (duedate_ is null or duedate_ <= now())"
            + " and retries_ > 0 and suspension_state_ = 1";

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final ComplaintRepository complaints;
    private final CaseNumbers caseNumbers;
    private final ComplaintClock clock;
    private final Recusal recusal;
    private final RegimePin regimes;
    private final CaseEventLog events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConcurrentLinkedQueue<Complaint> pool = new ConcurrentLinkedQueue<>();
    private final AtomicLong idNumbers = new AtomicLong();
    private long prepared;
    private double preparingSeconds;

    private EngineIntakeBench(ConfigurableApplicationContext context) {
        runtime = context.getBean(RuntimeService.class);
        repository = context.getBean(RepositoryService.class);
        identity = context.getBean(IdentityService.class);
        complaints = context.getBean(ComplaintRepository.class);
        caseNumbers = context.getBean(CaseNumbers.COMPLAINTS, CaseNumbers.class);
        clock = context.getBean(ComplaintClock.class);
        recusal = context.getBean(Recusal.class);
        regimes = context.getBean(RegimePin.class);
        events = context.getBean(CaseEventLog.class);
        jdbc = context.getBean(JdbcTemplate.class);
        transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** One timed window: how many starts, in how long, and whether the pool lasted. */
    private record Window(double seconds, long started, long errors, boolean ranOut) {
        double rate() {
            return started / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int warmupSeconds = Integer.parseInt(args[0]);
        int seconds = Integer.parseInt(args[1]);
        int[] threadCounts = Arrays.stream((args.length > 2 ? args[2] : "1,4").split(",")).mapToInt(Integer::parseInt).toArray();
        String[] serviceArgs = args.length > 3 ? Arrays.copyOfRange(args, 3, args.length) : new String[0];
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CasedeskApplication.class)
                .properties("server.port=0", "logging.level.root=WARN", "spring.main.banner-mode=off")
                .run(serviceArgs);
        try {
            new EngineIntakeBench(context).run(warmupSeconds, seconds, threadCounts);
        } finally {
            context.close();
        }
    }

    private void run(int warmupSeconds, int seconds, int[] threadCounts) throws InterruptedException {
        ProcessDefinition model = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ComplaintProcess.KEY).latestVersion().singleResult();
        int most = Arrays.stream(threadCounts).max().orElse(4);
        // warm-up in rounds of at most 5 s with the most threads: each round's rate sizes the next round's pool
        double estimate = 50;
        long warmStarted = 0;
        double warmSeconds = 0;
        while (warmSeconds < warmupSeconds) {
            double round = Math.min(5, warmupSeconds - warmSeconds);
            topUp(poolFor(estimate, round));
            Window w = measure(most, round);
            if (w.errors() > 0) {
                throw new IllegalStateException(w.errors() + " starts failed in the warm-up (stack traces above)");
            }
            warmStarted += w.started();
            warmSeconds += w.seconds();
            estimate = Math.max(w.rate(), 1);
        }
        System.out.printf("warmup threads=%d seconds=%.1f started=%d rate=%.1f/s%n", most, warmSeconds, warmStarted,
                warmStarted / Math.max(warmSeconds, 0.001));
        waitForJobs();
        for (int threads : threadCounts) {
            topUp(poolFor(estimate, seconds));
            waitForJobs();
            String before = load();
            Window w = measure(threads, seconds);
            String after = load();
            System.out.printf("engine threads=%d seconds=%.1f started=%d rate=%.1f/s errors=%d pool=%s | before: %s | after: %s%n",
                    threads, w.seconds(), w.started(), w.rate(), w.errors(), w.ranOut() ? "ran-out" : "ok", before, after);
            estimate = Math.max(estimate, w.rate());
            waitForJobs();
        }
        System.out.printf("# engine: %s version %d (%s), %d complaints prepared untimed in %.0f s, %d left unused%n",
                model.getKey(), model.getVersion(), model.getId(), prepared, preparingSeconds, pool.size());
    }

    private static long poolFor(double rate, double seconds) {
        return (long) Math.ceil(rate * seconds * 1.5) + 20;
    }

    /** Threads start prepared complaints until the window closes or the pool is empty. */
    private Window measure(int threads, double seconds) throws InterruptedException {
        AtomicLong started = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicBoolean ranOut = new AtomicBoolean();
        List<Thread> workers = new ArrayList<>();
        long begin = System.nanoTime();
        long deadline = begin + (long) (seconds * 1e9);
        for (int i = 0; i < threads; i++) {
            workers.add(new Thread(() -> {
                identity.clearAuthentication(); // the intake runs without a staff user too
                while (System.nanoTime() < deadline) {
                    Complaint complaint = pool.poll();
                    if (complaint == null) {
                        ranOut.set(true);
                        return;
                    }
                    try {
                        start(complaint);
                        started.incrementAndGet();
                    } catch (RuntimeException e) {
                        if (errors.incrementAndGet() <= 3) {
                            e.printStackTrace();
                        }
                    }
                }
            }, "engine-bench-" + i));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        return new Window(elapsed, started.get(), errors.get(), ranOut.get());
    }

    /** The start as ComplaintIntake.register makes it, after the ledger row. */
    private void start(Complaint complaint) {
        runtime.createProcessInstanceByKey(ComplaintProcess.KEY)
                .businessKey(complaint.getCaseNumber())
                .setVariables(ComplaintProcess.startVariables(complaint))
                .execute();
    }

    /** Prepares complaints (untimed) until the pool holds {@code size}. */
    private void topUp(long size) throws InterruptedException {
        AtomicLong missing = new AtomicLong(size - pool.size());
        if (missing.get() <= 0) {
            return;
        }
        long count = missing.get();
        long begin = System.nanoTime();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < PREPARING_THREADS; i++) {
            workers.add(new Thread(() -> {
                while (missing.getAndDecrement() > 0) {
                    pool.add(transactions.execute(status -> ledgerRow(idNumbers.incrementAndGet())));
                }
            }, "engine-bench-prepare-" + i));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        prepared += count;
        preparingSeconds += (System.nanoTime() - begin) / 1e9;
    }

    /**
     * What ComplaintIntake.register writes before it starts the process (a new complaint, no key, no repeat):
     * the number, the complaint, the respondent's recusal, the regime pin and the RECEIVED event.
     */
    private Complaint ledgerRow(long n) {
        Instant receivedAt = clock.now();
        String caseNumber = caseNumbers.next(receivedAt);
        Complaint complaint = complaints.save(Complaint.register(caseNumber, submission(n), receivedAt,
                clock.replyDueBy(receivedAt), null));
        recusal.barRespondent(complaint);
        regimes.pinComplaint(caseNumber);
        // ComplaintIntake.receivedDetail for a submission without a keyed-in receipt
        events.append(caseNumber, COMPLAINANT, CaseEventType.RECEIVED,
                "渠道 " + complaint.getChannel().label() + " (" + complaint.getChannel() + ")");
        return complaint;
    }

    /** The complaint bench/intake.lua posts, with an 18-digit ID number of its own ("8" and 17 digits). */
    static ComplaintSubmission submission(long n) {
        return new ComplaintSubmission(Channel.ONLINE,
                new ComplaintSubmission.Complainant("张三", "8" + String.format("%017d", n), "13800138000", "zhang@example.com"),
                new ComplaintSubmission.Respondent("朝阳支行", "李四"), BusinessLine.INSURANCE,
                ComplaintCategory.CLAIM_DISPUTE, "要求全额赔付", "理赔申请提交一个月未获答复", new BigDecimal("12000.00"),
                Set.of(), 1);
    }

    /** Until no job is due (the acknowledgements of the last window), at most 10 minutes. */
    private void waitForJobs() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (jdbc.queryForObject(DUE_JOBS, Long.class) == 0) {
                return;
            }
            Thread.sleep(1000);
        }
        System.err.println("warning: due jobs still pending: " + jdbc.queryForObject(DUE_JOBS, Long.class));
    }

    /** As uptime prints it. */
    private static String load() {
        try {
            String[] a = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return "load average: " + a[0] + ", " + a[1] + ", " + a[2];
        } catch (java.io.IOException e) {
            return "load average: ?";
        }
    }
}
