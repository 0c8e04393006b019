package com.casedesk.regime;

import java.util.Map;

/**
 * One row of a regime's table: how long, counted how, under which article, and an optional text (the
 * rule's words, or wording the complainant must be given, such as the Ombudsman referral).
 */
public record StatutoryPeriod(int amount, PeriodUnit unit, String article, String text) {

    public StatutoryPeriod {
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + amount);
        }
    }

    /** The outputs of one matched row ({@code amount}, {@code unit}, {@code article}, {@code text}). */
    static StatutoryPeriod read(String table, PeriodName period, Map<String, Object> row) {
        Object amount = row.get("amount");
        Object unit = row.get("unit");
        if (!(amount instanceof Number n) || unit == null) {
            throw new IllegalStateException("decision " + table + ": the row for " + period + " has no amount or unit");
        }
        Object text = row.get("text");
        return new StatutoryPeriod(n.intValue(), PeriodUnit.valueOf(unit.toString()), String.valueOf(row.get("article")),
                text == null ? null : text.toString());
    }
}
