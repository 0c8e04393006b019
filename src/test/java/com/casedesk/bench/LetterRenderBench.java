package com.casedesk.bench;

import com.casedesk.notification.letter.LetterRendering;
import java.util.Arrays;

/**
 * How long one letter (书面告知) takes to render: the first in a JVM (template, font file, font cache)
 * and then each further one, single-threaded. A benchmark main, not a test (its name must not end in
 * Test). Argument: how many letters after the first (default 50). Prints
 * {@code letter first=Xms median=Yms p90=Zms bytes=B}.
 */
public final class LetterRenderBench {

    private LetterRenderBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long start = System.nanoTime();
        int bytes = LetterRendering.sample(0);
        long first = System.nanoTime() - start;
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            LetterRendering.sample(i + 1);
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        System.out.printf("letter first=%dms median=%dms p90=%dms bytes=%d%n", first / 1_000_000,
                times[n / 2] / 1_000_000, times[(int) (n * 0.9)] / 1_000_000, bytes);
    }
}
