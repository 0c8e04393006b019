package com.casedesk.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare-engine side of the intake benchmark (bench/intake.sh): a standalone Camunda engine (full
 * history, job executor off, its own PostgreSQL database) starts a one-user-task process through
 * {@link RuntimeService} in 1 and in 4 threads, each for a fixed time after a warm-up.
 *
 * <p>A benchmark main, not a test (its name must not end in Test). Arguments: JDBC URL, user,
 * password, warm-up seconds, measured seconds, thread counts (e.g. {@code 1,4}). Prints one line per
 * thread count: {@code bare threads=N seconds=S started=K rate=R/s}.
 */
public final class BareEngineBench {

    static final String KEY = "bench-one-user-task";

    private BareEngineBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmupSeconds = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);
        String[] threadCounts = args.length > 5 ? args[5].split(",") : new String[] {"1", "4"};

        ProcessEngine engine = standaloneEngine(args, ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        try {
            BpmnModelInstance model = Bpmn.createExecutableProcess(KEY)
                    .camundaHistoryTimeToLive(180)
                    .startEvent()
                    .userTask("Task_Work").name("Work").camundaCandidateGroups("bench-group")
                    .endEvent()
                    .done();
            engine.getRepositoryService().createDeployment()
                    .addModelInstance(KEY + ".bpmn", model)
                    .enableDuplicateFiltering(false)
                    .deploy();
            RuntimeService runtime = engine.getRuntimeService();
            run(runtime, Integer.parseInt(threadCounts[threadCounts.length - 1]), warmupSeconds, "warmup");
            for (String t : threadCounts) {
                run(runtime, Integer.parseInt(t), seconds, "bare");
            }
        } finally {
            engine.close();
        }
    }

    /**
     * A standalone engine on PostgreSQL (JDBC URL, user and password are the first three arguments of
     * every benchmark main): full history, job executor off, at most 10 connections.
     */
    static ProcessEngine standaloneEngine(String[] args, String schemaUpdate) {
        return ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                .setJdbcUrl(args[0])
                .setJdbcDriver("org.postgresql.Driver")
                .setJdbcUsername(args[1])
                .setJdbcPassword(args[2])
                .setDatabaseSchemaUpdate(schemaUpdate)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setJdbcMaxActiveConnections(10)
                .buildProcessEngine();
    }

    private static void run(RuntimeService runtime, int threads, int seconds, String label) throws InterruptedException {
        AtomicLong started = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        String run = label + "-" + threads + "-" + System.nanoTime();
        long begin = System.nanoTime();
        long deadline = begin + seconds * 1_000_000_000L;
        for (int i = 0; i < threads; i++) {
            int worker = i;
            // each worker starts instances until the measuring window closes
            Thread thread = new Thread(() -> {
                long n = 0;
                while (System.nanoTime() < deadline) {
                    runtime.startProcessInstanceByKey(KEY, run + "-" + worker + "-" + n++);
                    started.incrementAndGet();
                }
            });
            workers.add(thread);
        }
        workers.forEach(Thread::start);
        for (Thread thread : workers) {
            thread.join();
        }
        long counted = started.get();
        double elapsed = (System.nanoTime() - begin) / 1e9;
        System.out.printf("%s threads=%d seconds=%.1f started=%d rate=%.1f/s%n",
                label, threads, elapsed, counted, counted / elapsed);
    }
}
