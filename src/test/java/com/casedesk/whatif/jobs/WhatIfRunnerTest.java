package com.casedesk.whatif.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.PostgresTest;
import com.casedesk.whatif.jobs.WhatIfRun.CandidateFile;
import com.casedesk.whatif.jobs.WhatIfRun.Status;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The runner's own promises (issue 19): a run that outlives its timeout is stopped (its JVM no longer alive)
 * and FAILED; runs this node left QUEUED or RUNNING when it stopped are FAILED at start-up, another node's are
 * not touched.
 */
@PostgresTest
class WhatIfRunnerTest {

    @Autowired WhatIfRunner runner;
    @Autowired WhatIfRunStore store;
    @Autowired WhatIfProperties properties;

    @Test
    void aRunPastItsTimeoutIsStoppedAndFailed() throws Exception {
        String id = queued(StandInWhatIf.HANG, properties.node());

        runner.run(id, Duration.ofSeconds(3));

        WhatIfRun run = store.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo(Status.FAILED);
        assertThat(run.message()).contains("timed out after PT3S");
        assertThat(run.startedAt()).isNotNull();
        assertThat(run.endedAt()).isNotNull();
        Path pid = properties.workDir().resolve(id).resolve("pid");
        assertThat(pid).as("the child JVM had started").exists();
        assertThat(ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void whenTheServiceStopsDuringARunItsChildIsStoppedToo() throws Exception {
        String id = queued(StandInWhatIf.HANG, properties.node());
        Path dir = properties.workDir().resolve(id);
        Thread queue = new Thread(() -> runner.run(id, Duration.ofMinutes(5)), "whatif-test-queue");
        try (WatchService watch = FileSystems.getDefault().newWatchService()) {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            queue.start();
            while (!Files.exists(dir.resolve("pid"))) {
                WatchKey key = watch.poll(60, TimeUnit.SECONDS);
                assertThat(key).as("the child JVM started").isNotNull();
                key.pollEvents();
                key.reset();
            }
        }
        long pid = Long.parseLong(Files.readString(dir.resolve("pid")).strip());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();

        queue.interrupt(); // what the runner's @PreDestroy does to its thread
        queue.join(60_000);

        assertThat(queue.isAlive()).isFalse();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the child outlived the service").isEmpty();
        WhatIfRun run = store.find(id).orElseThrow();
        assertThat(run.status()).isEqualTo(Status.FAILED);
        assertThat(run.message()).contains("the service shut down");
    }

    @Test
    void runsThisNodeLeftUnfinishedAreFailedAtStartUpAndAnotherNodesAreLeftAlone() {
        String running = queued(20, properties.node());
        store.start(running, Instant.now());
        String queued = queued(20, properties.node());
        String elsewhere = queued(20, "another-node-" + UUID.randomUUID());
        store.start(elsewhere, Instant.now());

        runner.failInterrupted();

        assertThat(store.find(running).orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(store.find(running).orElseThrow().message()).contains("interrupted by a restart");
        assertThat(store.find(queued).orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(store.find(elsewhere).orElseThrow().status()).isEqualTo(Status.RUNNING);
        store.interrupted(elsewhere, Instant.now(), "test over");
    }

    @Test
    void theChildFindsTheJarOrClassPathFromItsOwnFolder() {
        String cwd = Path.of("").toAbsolutePath().toString();
        assertThat(WhatIfRunner.absolute(List.of("/jdk/bin/java", "-Xmx1g", "-jar", "target/casedesk.jar", "whatif")))
                .containsExactly("/jdk/bin/java", "-Xmx1g", "-jar", Path.of(cwd, "target", "casedesk.jar").toString(), "whatif");
        assertThat(WhatIfRunner.absolute(List.of("java", "-cp", "target/classes" + java.io.File.pathSeparator + "/m2/a.jar",
                "com.casedesk.CasedeskApplication")).get(2))
                .isEqualTo(Path.of(cwd, "target", "classes") + java.io.File.pathSeparator + "/m2/a.jar");
    }

    /** A QUEUED run stored without the queue (so no other thread starts it), with a candidate folder. */
    private String queued(int cases, String node) {
        String id = UUID.randomUUID().toString();
        Path dir = properties.workDir().resolve(id);
        try {
            Files.createDirectories(dir.resolve("candidate"));
            Files.write(dir.resolve("candidate").resolve("complaint-grading.dmn"), WhatIfUploads.changedGrading());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        WhatIfRun run = new WhatIfRun(id, Status.QUEUED, "owner", Instant.now().truncatedTo(ChronoUnit.MILLIS), null, null,
                2026, cases, 1, 1, List.of(new CandidateFile("complaint-grading.dmn", "0".repeat(64),
                List.of("complaint-grading"))), List.of("complaint-grading"), null, null, null, null);
        store.insert(new WhatIfRunStore.NewRun(run, null, "x", node, dir.toString()));
        return id;
    }
}
