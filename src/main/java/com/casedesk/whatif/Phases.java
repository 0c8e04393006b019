package com.casedesk.whatif;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Wall-clock seconds a run spends per phase (intake, tasks, jobs, actions): "where the time goes" in the report. */
final class Phases {

    private final Map<String, Double> seconds = new TreeMap<>();

    <T> T timed(String phase, Supplier<T> work) {
        return timed(phase, null, work);
    }

    /** As {@link #timed(String, Supplier)}, and counted as one step of {@code kind} (null: none). */
    <T> T timed(String phase, String kind, Supplier<T> work) {
        long begin = System.nanoTime();
        try {
            return work.get();
        } finally {
            long nanos = System.nanoTime() - begin;
            seconds.merge(phase, nanos / 1e9, Double::sum);
            if (kind != null) {
                step(kind, nanos);
            }
        }
    }

    private final Map<String, long[]> details = new TreeMap<>();

    /** Adds one step of a kind (a job's activity, a task's key) to the run's log of where the time goes. */
    void step(String kind, long nanos) {
        long[] d = details.computeIfAbsent(kind, k -> new long[2]);
        d[0]++;
        d[1] += nanos;
    }

    /** Steps by kind, the costliest first: count, seconds, milliseconds each. */
    java.util.List<String> stepLines() {
        return details.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                .map(e -> String.format("%-70s %7d %8.1f s %6.2f ms", e.getKey(), e.getValue()[0], e.getValue()[1] / 1e9,
                        e.getValue()[1] / 1e6 / e.getValue()[0]))
                .toList();
    }

    Map<String, Double> seconds() {
        return new TreeMap<>(seconds);
    }
}
