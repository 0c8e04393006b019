package com.casedesk.whatif.jobs;

import com.casedesk.whatif.WhatIfLauncher;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the queued what-if runs one at a time, each as the {@code whatif} command in a JVM of its own
 * ({@link WhatIfLauncher}): the simulation moves the engine clock, which is JVM-wide, and a year of cases must
 * not share heap or CPU scheduling with the serving node's engine. Its own single thread, not the engine's job
 * executor (a run takes minutes; jobs take milliseconds). The child starts with a clean environment, in the
 * run's folder: the serving node's database, mail and SMS settings (environment variables, ./config) are
 * not handed to it.
 */
@Component
public class WhatIfRunner {

    private static final Logger LOG = LoggerFactory.getLogger(WhatIfRunner.class);
    /** The only environment variables the child gets. */
    static final List<String> ENVIRONMENT = List.of("PATH", "JAVA_HOME", "TMPDIR", "LANG");
    static final String INTERRUPTED = "interrupted by a restart of the service (node %s) before it ended; start it again";

    private final WhatIfRunStore store;
    private final WhatIfProperties properties;
    private final Clock clock;
    private final ExecutorService queue = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "casedesk-whatif");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Process current;

    WhatIfRunner(WhatIfRunStore store, WhatIfProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Runs the run after those queued before it. */
    void enqueue(String id) {
        queue.execute(() -> run(id, properties.timeout()));
    }

    /** Waits until every run queued so far has ended (tests, and an orderly operator's shutdown). */
    public void awaitIdle(Duration limit) throws InterruptedException, TimeoutException {
        try {
            queue.submit(() -> { }).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    /** At start-up: the runs this node took and did not finish will not finish (their JVM died with the node's). */
    @EventListener(ApplicationReadyEvent.class)
    public void failInterrupted() {
        for (String id : store.unfinished(properties.node())) {
            store.interrupted(id, Instant.now(clock), INTERRUPTED.formatted(properties.node()));
            LOG.warn("what-if run {} was interrupted by a restart: FAILED", id);
        }
    }

    @PreDestroy
    void stop() {
        // read before the queue's thread is interrupted (it forgets its child on the way out)
        Process process = current;
        queue.shutdownNow();
        if (process != null) {
            destroy(process);
        }
    }

    /** Runs one run now, on the caller's thread (the queue's); a run no longer QUEUED is left alone. */
    void run(String id, Duration timeout) {
        if (!store.start(id, Instant.now(clock))) {
            return;
        }
        try {
            WhatIfRun run = store.find(id).orElseThrow();
            Path dir = Path.of(store.workDir(id).orElseThrow());
            Path out = dir.resolve("out");
            Files.createDirectories(out);
            ProcessBuilder builder = new ProcessBuilder(command(run, dir, out)).directory(dir.toFile())
                    .redirectOutput(dir.resolve("whatif.log").toFile()).redirectError(dir.resolve("whatif.err").toFile());
            clean(builder.environment());
            Process process = builder.start();
            current = process;
            boolean ended;
            try {
                ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                destroy(process); // the service is stopping: the child must not outlive it
                throw e;
            } finally {
                current = null;
            }
            if (!ended) {
                destroy(process);
                store.fail(id, Instant.now(clock), null, "timed out after " + timeout + ": the run was stopped");
                return;
            }
            finish(id, process.exitValue(), dir, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(id, Instant.now(clock), null, "stopped: the service shut down");
        } catch (IOException | RuntimeException e) {
            LOG.warn("what-if run {} could not be run", id, e);
            store.fail(id, Instant.now(clock), null, "could not be run: " + e.getMessage());
        }
    }

    private void finish(String id, int exitCode, Path dir, Path out) throws IOException {
        Path json = out.resolve("report.json");
        Path html = out.resolve("report.html");
        if (exitCode == 0 && Files.isRegularFile(json) && Files.isRegularFile(html)) {
            store.done(id, Instant.now(clock), exitCode, Files.readAllBytes(json), Files.readAllBytes(html));
            return;
        }
        String said = tail(dir.resolve("whatif.err"));
        store.fail(id, Instant.now(clock), exitCode, exitCode == 0 ? "ended without report.json and report.html" + said
                : "the whatif command refused or failed (exit code " + exitCode + ")" + said);
    }

    /** The production command: {@code whatif} with the run's options, started the way this node was started. */
    List<String> command(WhatIfRun run, Path dir, Path out) {
        List<String> args = new ArrayList<>(List.of("whatif", "--candidate=" + dir.resolve("candidate"),
                "--year=" + run.year(), "--cases=" + run.cases(), "--seed=" + run.seed(), "--seeds=" + run.seeds(),
                "--out=" + out, "--max-heap=" + properties.maxHeap()));
        if (run.staffingSha256() != null) {
            args.add("--staffing=" + dir.resolve(WhatIfRuns.STAFFING_FILE));
        }
        if (run.arrivalsSha256() != null) {
            args.add("--arrivals=" + dir.resolve(WhatIfRuns.ARRIVALS_FILE));
        }
        // the command itself only waits for its runs: a small heap; each run gets casedesk.whatif.max-heap
        List<String> command = absolute(WhatIfLauncher.command(args, "256m"));
        if (!WhatIfProperties.APPLICATION.equals(properties.mainClass())) {
            // a class-path launch: a test's stand-in for the command; a jar launch ignores it
            command.replaceAll(part -> WhatIfProperties.APPLICATION.equals(part) ? properties.mainClass() : part);
        }
        return command;
    }

    /**
     * The jar or class path made absolute: the child starts in the run's folder, and a service started as
     * {@code java -jar target/casedesk.jar} has a relative {@code java.class.path}.
     */
    static List<String> absolute(List<String> command) {
        List<String> absolute = new ArrayList<>(command);
        for (int i = 0; i < absolute.size() - 1; i++) {
            if (absolute.get(i).equals("-jar") || absolute.get(i).equals("-cp")) {
                absolute.set(i + 1, java.util.Arrays.stream(absolute.get(i + 1).split(java.io.File.pathSeparator))
                        .map(entry -> entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().toString())
                        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator)));
                break;
            }
        }
        return absolute;
    }

    static void clean(Map<String, String> environment) {
        Map<String, String> kept = new java.util.HashMap<>();
        ENVIRONMENT.forEach(name -> {
            String value = System.getenv(name);
            if (value != null) {
                kept.put(name, value);
            }
        });
        environment.clear();
        environment.putAll(kept);
    }

    /** The child and the JVMs it started (the command may run baseline and candidate in JVMs of their own). */
    private static void destroy(Process process) {
        List<ProcessHandle> tree = process.descendants().toList();
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            if (text.isEmpty()) {
                return "";
            }
            return ": " + (text.length() > 1500 ? "…" + text.substring(text.length() - 1500) : text);
        } catch (IOException e) {
            return "";
        }
    }
}
