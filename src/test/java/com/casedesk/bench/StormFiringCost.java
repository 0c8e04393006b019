package com.casedesk.bench;

import com.casedesk.CasedeskApplication;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.notification.NoticeStaffAlertProcess;
import com.casedesk.support.PostgresDatabase;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one firing of the reply-deadline timer ({@code Timer_ReplyDeadline}: the 逾期督办 task, its listeners and
 * the staff alert's start) costs (issue 20 §5, timer storm), counted where it can be and timed where it must:
 * the service's own Spring context on a fresh embedded PostgreSQL, job executor off; complaints registered through
 * {@link ComplaintIntake}, their acknowledgement jobs run, the engine clock moved past their reply deadline, then
 * each deadline timer fired with {@link ManagementService#executeJob} on this thread, one after the other.
 *
 * <p>W firings warm the JIT; the next 50 are counted: the JDBC statements and the rows they wrote (a proxy around
 * the pool, this thread only; a batch of inserts counts as one statement and its rows); the next N are timed,
 * without the counting: this thread's CPU time and allocation, the whole JVM's CPU time (with the JIT and the
 * collector), and the CPU time of the PostgreSQL server's processes (/proc; includes its background writers). The
 * counts do not depend on the machine's load, the times do: compare runs made side by side. The staff alerts' jobs
 * the firings left are then run and reported the same way, so a change that only moves work into them shows.
 *
 * <p>A benchmark main, not a test. Arguments: timed firings (500), warm-up firings (200), how many statement texts
 * to list (25), and optionally {@code trace} (each statement with the service's frames that issued it) or
 * {@code jfr:FILE} (a JFR recording of the timed firings). Runs from the test class path, e.g. the one surefire
 * records in {@code target/surefire-reports/TEST-*.xml} ({@code surefire.test.class.path}):
 * {@code java -cp "$CP" com.casedesk.bench.StormFiringCost 500 200}.
 */
public final class StormFiringCost {

    private static final Pattern WRITE = Pattern.compile("^\\s*(insert\\s+into|update|delete\\s+from)\\s+([\\w.\"]+)",
            Pattern.CASE_INSENSITIVE);

    /** Statements and rows of the measuring thread while {@link #on}. */
    static final class Counts {
        volatile Thread thread;
        volatile boolean on;
        /** Statements listed with the service's frame that issued them (slower: not for the CPU figures). */
        volatile boolean trace;
        final Map<String, AtomicLong> statements = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
        private final Map<String, String> keys = new ConcurrentHashMap<>();

        boolean counting() {
            return on && Thread.currentThread() == thread;
        }

        void statement(String sql, long written) {
            String text = keys.computeIfAbsent(sql, q -> q.replaceAll("\\s+", " ").strip());
            String key = text.length() > 150 ? text.substring(0, 150) : text;
            statements.computeIfAbsent(trace ? key + "\n          <- " + caller() : key, k -> new AtomicLong())
                    .incrementAndGet();
            Matcher m = WRITE.matcher(text);
            if (m.find() && written > 0) {
                String kind = m.group(1).toLowerCase(Locale.ROOT).split("\\s")[0];
                rows.computeIfAbsent(m.group(2).toLowerCase(Locale.ROOT) + " " + kind, k -> new AtomicLong())
                        .addAndGet(written);
            }
        }

        /** The innermost frames of the service (not this harness) that led to the statement. */
        private static String caller() {
            return StackWalker.getInstance().walk(frames -> frames
                    .filter(f -> f.getClassName().startsWith("com.casedesk") && !f.getClassName().startsWith("com.casedesk.bench")
                            && !f.getClassName().contains("Interceptor"))
                    .limit(3).map(f -> f.getClassName().replaceAll(".*\\.", "") + "." + f.getMethodName())
                    .reduce((a, b) -> a + " < " + b).orElse("(engine)"));
        }

        void reset() {
            statements.clear();
            rows.clear();
        }
    }

    static final Counts COUNTS = new Counts();
    /** Firings (and alert jobs) whose statements are counted; the timed ones run without the counting. */
    private static final int COUNTED = 50;

    private StormFiringCost() {
    }

    public static void main(String[] args) {
        int timed = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int listed = args.length > 2 ? Integer.parseInt(args[2]) : 25;
        COUNTS.trace = args.length > 3 && args[3].equals("trace");
        String jfr = args.length > 3 && args[3].startsWith("jfr:") ? args[3].substring(4) : null;
        PostgresDatabase.with(db -> {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(CasedeskApplication.class)
                    .initializers(c -> c.getBeanFactory().addBeanPostProcessor(new CountingPool()))
                    // arguments, not default properties: application.yaml would win over those
                    .run("--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                            "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.user(),
                            "--spring.datasource.password=" + db.password(),
                            "--camunda.bpm.job-execution.enabled=false", "--camunda.bpm.metrics.enabled=false",
                            "--camunda.bpm.metrics.db-reporter-activate=false");
            try {
                run(context, timed, warmup, listed, jfr);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                ClockUtil.reset();
                context.close();
            }
            return null;
        });
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int timed, int warmup, int listed, String jfr)
            throws Exception {
        ComplaintIntake intake = context.getBean(ComplaintIntake.class);
        ManagementService management = context.getBean(ManagementService.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        int counted = Math.min(COUNTED, timed);
        int total = warmup + counted + timed;
        long begin = System.nanoTime();
        for (int i = 0; i < total; i++) {
            intake.register(OpenCasesLoader.submission(i), null, null, null);
        }
        for (Job job : management.createJobQuery().activityId(ComplaintProcess.Elements.ACKNOWLEDGE).list()) {
            management.executeJob(job.getId());
        }
        System.out.printf("storm-cost: %d complaints registered and acknowledged in %.0f s%n", total,
                (System.nanoTime() - begin) / 1e9);
        // past every reply deadline, as in a storm: the firing's clock reads see an overdue case
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(40))));
        List<Job> timers = management.createJobQuery().timers().activityId(ComplaintProcess.Elements.DEADLINE_TIMER)
                .orderByJobDuedate().asc().list();
        if (timers.size() < total) {
            throw new IllegalStateException("expected " + total + " deadline timers, found " + timers.size());
        }
        long postmaster = parentOf(jdbc.queryForObject("select pg_backend_pid()", Long.class));
        passes("firing", management, timers, warmup, counted, postmaster, listed, jfr);
        List<Job> alerts = management.createJobQuery().processDefinitionKey(NoticeStaffAlertProcess.KEY).list();
        System.out.printf("storm-cost: %d staff alert jobs waiting%n", alerts.size());
        passes("alert-job", management, alerts, Math.min(warmup, alerts.size() / 3),
                Math.min(counted, alerts.size() / 3), postmaster, listed, null);
    }

    /** Warm-up, then the counted pass (statements, rows), then the timed pass (CPU, without the counting). */
    private static void passes(String label, ManagementService management, List<Job> jobs, int warmup, int counted,
                               long postmaster, int listed, String jfr) throws Exception {
        execute(management, jobs.subList(0, warmup));
        COUNTS.reset();
        COUNTS.thread = Thread.currentThread();
        COUNTS.on = true;
        execute(management, jobs.subList(warmup, warmup + counted));
        COUNTS.on = false;
        double n = counted;
        long statements = COUNTS.statements.values().stream().mapToLong(AtomicLong::get).sum();
        long rows = COUNTS.rows.values().stream().mapToLong(AtomicLong::get).sum();
        System.out.printf("%s counted n=%d statements=%.2f rows-written=%.2f (per job)%n", label, counted,
                statements / n, rows / n);
        new TreeMap<>(COUNTS.rows).forEach((table, count) ->
                System.out.printf("  rows %-40s %.2f%n", table, count.get() / n));
        COUNTS.statements.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue().get(), a.getValue().get())).limit(listed)
                .forEach(e -> System.out.printf("  %6.2f  %s%n", e.getValue().get() / n, e.getKey()));

        List<Job> timed = jobs.subList(warmup + counted, jobs.size());
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (jdk.jfr.Recording recording = jfr == null ? null
                : new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            if (recording != null) {
                recording.start();
            }
            long pgBefore = serverTicks(postmaster);
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long processBefore = os.getProcessCpuTime();
            long wallBefore = System.nanoTime();
            execute(management, timed);
            long wall = System.nanoTime() - wallBefore;
            long process = os.getProcessCpuTime() - processBefore;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
            long pg = serverTicks(postmaster) - pgBefore;
            if (recording != null) {
                recording.dump(Path.of(jfr));
            }
            double t = timed.size();
            System.out.printf("%s timed n=%d thread-cpu=%.3f ms allocated=%.0f kB jvm-cpu=%.3f ms pg-cpu=%.3f ms"
                            + " wall=%.3f ms (per job)%n", label, timed.size(), cpu / 1e6 / t, allocated / 1024.0 / t,
                    process / 1e6 / t, pg * 10.0 / t, wall / 1e6 / t);
        }
    }

    private static void execute(ManagementService management, List<Job> jobs) {
        for (Job job : jobs) {
            management.executeJob(job.getId());
        }
    }

    private static long parentOf(long pid) throws Exception {
        return Long.parseLong(stat(Path.of("/proc", Long.toString(pid), "stat"))[1]);
    }

    /** Fields of /proc/PID/stat after the command name: state, ppid, … (utime and stime are 11 and 12). */
    private static String[] stat(Path file) throws Exception {
        String line = Files.readString(file);
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }

    /** utime + stime (clock ticks, 10 ms) of the postmaster and its live children. */
    private static long serverTicks(long postmaster) throws Exception {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).mapToLong(p -> {
                try {
                    String[] f = stat(p.resolve("stat"));
                    boolean ours = p.getFileName().toString().equals(Long.toString(postmaster))
                            || f[1].equals(Long.toString(postmaster));
                    return ours ? Long.parseLong(f[11]) + Long.parseLong(f[12]) : 0;
                } catch (Exception gone) {
                    return 0;
                }
            }).sum();
        }
    }

    /** Wraps the pool so that every statement of the measuring thread is counted. */
    static final class CountingPool implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof DataSource pool) || bean instanceof Proxy) {
                return bean;
            }
            return Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {DataSource.class, AutoCloseable.class}, (self, method, args) -> {
                        Object result = invoke(pool, method, args);
                        return result instanceof Connection c ? wrap(c, Connection.class, null) : result;
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @SuppressWarnings("unchecked")
        private static <T> T wrap(T target, Class<T> type, String sql) {
            int[] batched = {0};
            return (T) Proxy.newProxyInstance(StormFiringCost.class.getClassLoader(), new Class<?>[] {type},
                    (self, method, args) -> {
                        String name = method.getName();
                        Object result = invoke(target, method, args);
                        // statements prepared while nothing is counted stay unwrapped: the timed pass runs at full speed
                        if (type == Connection.class && !COUNTS.counting()) {
                            return result;
                        }
                        if (type == Connection.class && (name.equals("prepareStatement") || name.equals("prepareCall"))) {
                            return wrap((PreparedStatement) result, PreparedStatement.class, (String) args[0]);
                        }
                        if (type == Connection.class && name.equals("createStatement")) {
                            return wrap((Statement) result, Statement.class, null);
                        }
                        if (!COUNTS.counting()) {
                            return result;
                        }
                        switch (name) {
                            case "addBatch" -> batched[0]++;
                            case "executeBatch" -> {
                                long rows = sql != null && sql.strip().toLowerCase(Locale.ROOT).startsWith("insert")
                                        ? batched[0] : java.util.Arrays.stream((int[]) result).filter(r -> r > 0).sum();
                                batched[0] = 0;
                                COUNTS.statement(sql == null ? "(batch)" : sql, rows);
                            }
                            case "executeUpdate" -> COUNTS.statement(sql != null ? sql : (String) args[0], (Integer) result);
                            case "executeQuery", "execute" -> COUNTS.statement(sql != null ? sql : (String) args[0],
                                    name.equals("execute") && !(Boolean) result ? Math.max(0, ((Statement) self).getUpdateCount()) : 0);
                            default -> { }
                        }
                        return result;
                    });
        }
    }
}
