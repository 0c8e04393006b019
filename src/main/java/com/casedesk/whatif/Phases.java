package com.casedesk.whatif;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Wall-clock seconds a run spends per phase (intake, tasks, jobs, actions): "where the time goes" in the report. */
final class Phases {

    private final Map<String, Double> seconds = new TreeMap<>();

    <T> T timed(String phase, Supplier<T> work) {
        long begin = System.nanoTime();
        try {
            return work.get();
        } finally {
            seconds.merge(phase, (System.nanoTime() - begin) / 1e9, Double::sum);
        }
    }

    Map<String, Double> seconds() {
        return new TreeMap<>(seconds);
    }
}
