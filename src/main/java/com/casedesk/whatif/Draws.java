package com.casedesk.whatif;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * The replay's random numbers, keyed rather than streamed: the draw for the n-th occurrence of a task on the
 * case that arrived as {@code seq} depends only on (seed, seq, task key, n). So baseline and candidate see the
 * same worker decisions and service times for the same case and task wherever both reach it (common random
 * numbers: the difference between them is the models', not the dice's), and nothing depends on the order in
 * which the engine happens to create things.
 */
final class Draws {

    private final long seed;

    Draws(long seed) {
        this.seed = seed;
    }

    SplittableRandom of(int seq, String what, int occurrence) {
        long h = mix(seed ^ 0x9E3779B97F4A7C15L);
        h = mix(h ^ seq);
        for (byte b : what.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ b);
        }
        return new SplittableRandom(mix(h ^ occurrence));
    }

    /** Working minutes, log-normal with the given median and 90th percentile. */
    static double minutes(SplittableRandom random, Staffing.ServiceTime time) {
        double sigma = Math.log(time.p90() / time.median()) / 1.2815515655446004;
        return time.median() * Math.exp(sigma * random.nextGaussian());
    }

    /** The outcome whose cumulative probability first exceeds a uniform draw. */
    static Staffing.Outcome outcome(SplittableRandom random, java.util.List<Staffing.Outcome> outcomes) {
        double u = random.nextDouble();
        double sum = 0;
        for (Staffing.Outcome o : outcomes) {
            sum += o.p();
            if (u < sum) {
                return o;
            }
        }
        return outcomes.get(outcomes.size() - 1);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
