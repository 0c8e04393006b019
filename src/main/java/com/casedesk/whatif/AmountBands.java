package com.casedesk.whatif;

import java.math.BigDecimal;

/**
 * Claimed amounts in bands (CNY), so that a stream of historical cases can be passed around without exact
 * amounts; a band is replayed as its lower bound. The bounds are the grading table's thresholds.
 */
public final class AmountBands {

    static final BigDecimal[] LOWER = {BigDecimal.ZERO, new BigDecimal("10000"), new BigDecimal("50000"),
            new BigDecimal("500000")};
    static final String[] NAMES = {"0-10k", "10k-50k", "50k-500k", "500k+"};

    private AmountBands() {
    }

    public static String of(BigDecimal amount) {
        if (amount == null) {
            return "none";
        }
        for (int i = LOWER.length - 1; i >= 0; i--) {
            if (amount.compareTo(LOWER[i]) >= 0) {
                return NAMES[i];
            }
        }
        return NAMES[0];
    }

    /** The amount a band is replayed as (its lower bound; {@code none}: no amount claimed). */
    public static BigDecimal lowerBound(String band) {
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(band)) {
                return LOWER[i];
            }
        }
        if ("none".equals(band) || band == null || band.isBlank()) {
            return null;
        }
        throw new IllegalArgumentException("unknown amount band " + band + " (one of none, " + String.join(", ", NAMES) + ")");
    }
}
