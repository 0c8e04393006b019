package com.casedesk.bench;

import com.casedesk.CasedeskApplication;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.complaint.ComplaintSubmission;
import com.casedesk.support.Complaints;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fills a benchmark database with open complaints through the service's own code path: a Spring
 * context of the service (the same beans as the jar, against SPRING_DATASOURCE_*) in which N threads
 * call {@link ComplaintIntake#register} with a fresh complainant each (ledger, event log, process start,
 * grading, first user task with its two timers). No SQL touches the engine's tables.
 *
 * <p>Used by bench/flat-cost.sh to go from 1,000 to 100,000 open cases without 30 minutes of HTTP.
 * Arguments: target number of complaints in the ledger, threads (default 4). The job executor stays
 * on, so the acknowledgement jobs of the loaded cases run as they would in production; the script
 * waits for them before it measures. A benchmark main, not a test.
 */
public final class OpenCasesLoader {

    private OpenCasesLoader() {
    }

    /**
     * The intake contract's example with an ID number of its own (7 and 17 digits of a counter): the
     * same complainant twice would be merged into one case.
     */
    static ComplaintSubmission submission(long n) {
        ComplaintSubmission example = Complaints.ordinary();
        var c = example.complainant();
        return new ComplaintSubmission(example.channel(),
                new ComplaintSubmission.Complainant(c.name(), "7" + String.format("%017d", n), c.phone(), c.email()),
                example.respondent(), example.businessLine(), example.category(), example.request(), example.facts(),
                example.claimedAmount(), example.flags(), example.jointComplainants());
    }

    public static void main(String[] args) throws Exception {
        long target = Long.parseLong(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CasedeskApplication.class)
                .properties("server.port=0", "logging.level.root=WARN")
                .run();
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            ComplaintIntake intake = context.getBean(ComplaintIntake.class);
            long existing = jdbc.queryForObject("select count(*) from complaint", Long.class);
            long toLoad = Math.max(0, target - existing);
            System.out.printf("loader: %d complaints in the ledger, loading %d with %d threads%n", existing, toLoad, threads);
            AtomicLong next = new AtomicLong();
            AtomicLong done = new AtomicLong();
            long begin = System.nanoTime();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Thread worker = new Thread(() -> {
                    long n;
                    while ((n = next.getAndIncrement()) < toLoad) {
                        intake.register(submission(existing + n), null, null, null);
                        done.incrementAndGet();
                    }
                });
                workers.add(worker);
                worker.start();
            }
            while (workers.stream().anyMatch(Thread::isAlive)) {
                for (Thread worker : workers) {
                    worker.join(10_000);
                }
                double elapsed = (System.nanoTime() - begin) / 1e9;
                System.out.printf("loader: %d/%d in %.0f s (%.1f/s)%n", done.get(), toLoad, elapsed, done.get() / elapsed);
            }
            double elapsed = (System.nanoTime() - begin) / 1e9;
            System.out.printf("loader: loaded %d complaints in %.0f s (%.1f/s); ledger now %d%n", done.get(), elapsed,
                    done.get() / Math.max(elapsed, 0.001), jdbc.queryForObject("select count(*) from complaint", Long.class));
        } finally {
            context.close();
        }
    }
}
