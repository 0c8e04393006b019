package com.casedesk.whatif;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A plausible claimed amount within an amount band: log-uniform between the band's bounds, rounded down to whole
 * yuan, so that small claims are as common within a band as large ones are rare, and a candidate table that moves a
 * threshold inside a band (say Level 2 from 50,000 to 30,000) moves a share of the band's cases, not all or none
 * (which replaying every band as its lower bound would do).
 */
final class AmountDraw {

    /** Band names in order, {@code none} first. */
    static final List<String> BANDS = List.of("none", AmountBands.NAMES[0], AmountBands.NAMES[1], AmountBands.NAMES[2],
            AmountBands.NAMES[3]);

    /** The smallest amount of {@code 0-10k} (a claim of less than 100 yuan is rare and grades the same). */
    static final long FLOOR = 100;
    /** The top of {@code 500k+}, excluded. */
    static final long CEILING = 5_000_000;

    private AmountDraw() {
    }

    /** {@code null} for {@code none}; otherwise an amount the band's {@link AmountBands#of} gives back. */
    static BigDecimal within(String band, SplittableRandom random) {
        int i = BANDS.indexOf(band);
        if (i < 0) {
            throw new IllegalArgumentException("unknown amount band " + band + " (one of " + String.join(", ", BANDS) + ")");
        }
        if (i == 0) {
            return null;
        }
        long low = i == 1 ? FLOOR : AmountBands.LOWER[i - 1].longValueExact();
        long high = i == BANDS.size() - 1 ? CEILING : AmountBands.LOWER[i].longValueExact();
        double logLow = Math.log(low);
        double logHigh = Math.log(high);
        long amount = (long) Math.floor(Math.exp(logLow + random.nextDouble() * (logHigh - logLow)));
        return BigDecimal.valueOf(Math.max(low, Math.min(high - 1, amount)));
    }
}
