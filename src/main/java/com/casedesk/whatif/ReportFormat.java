package com.casedesk.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/** How report.html prints the numbers of report.json: Locale.ROOT, so that the page never depends on the JVM. */
final class ReportFormat {

    static final String NONE = "—";

    private ReportFormat() {
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value)
                : String.format(Locale.ROOT, "%.2f", value);
    }

    static String number(JsonNode value) {
        return value.isNumber() ? number(value.asDouble()) : NONE;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String percent(JsonNode share) {
        return share.isNumber() ? percent(share.asDouble()) : NONE;
    }

    /** Candidate minus baseline: percentage points for rates, plain for counts; {@code —} when either is missing. */
    static String delta(JsonNode baseline, JsonNode candidate, boolean rate) {
        if (!baseline.isNumber() || !candidate.isNumber()) {
            return NONE;
        }
        double d = candidate.asDouble() - baseline.asDouble();
        String sign = d > 0 ? "+" : "";
        return rate ? sign + String.format(Locale.ROOT, "%.1f pp", d * 100) : sign + number(d);
    }

    /** The seeds' range of a figure ({@code min–max}), empty when there is one seed or no spread section. */
    static String range(JsonNode spread, boolean rate) {
        if (!spread.isObject() || spread.path("min").equals(spread.path("max"))) {
            return "";
        }
        return rate ? percent(spread.path("min")) + "–" + percent(spread.path("max"))
                : number(spread.path("min")) + "–" + number(spread.path("max"));
    }
}
