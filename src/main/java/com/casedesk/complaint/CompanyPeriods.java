package com.casedesk.complaint;

import com.casedesk.process.AsEngine;
import com.casedesk.process.LatestDecisions;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one place Java reads the company's periods and thresholds: the decision tables
 * {@code complaint-periods} and {@code complaint-thresholds} ({@code processes/complaint/complaint-periods.dmn}),
 * always the latest deployed version. A process owner's change applies to every due date computed after
 * it is deployed, without a restart; a date already computed (a running timer, a task's due date) stays.
 * Unlike the statutory tables nothing is pinned per case: these are the company's own service levels,
 * never promised to the complainant. A version's rows never change, so each is read once; which versions are
 * the latest is asked every time, in one statement ({@link LatestDecisions}), so a deployment on any node counts.
 *
 * <p>A table missing a row, or with a value that is not a positive ISO-8601 duration or number, is an
 * error naming the row: the service never falls back to a default ({@link CompanyPeriodsCheck} refuses
 * such a deployment in the first place).
 */
@Component
public class CompanyPeriods {

    public static final String PERIODS_DECISION = "complaint-periods";
    public static final String THRESHOLDS_DECISION = "complaint-thresholds";
    public static final String COMPENSATION_APPROVAL_ABOVE = "COMPENSATION_APPROVAL_ABOVE";
    public static final String MAX_UNSATISFIED_ROUNDS = "MAX_UNSATISFIED_ROUNDS";
    public static final List<String> THRESHOLDS = List.of(COMPENSATION_APPROVAL_ABOVE, MAX_UNSATISFIED_ROUNDS);

    private static final Logger LOG = LoggerFactory.getLogger(CompanyPeriods.class);

    /** Every value of one pair of table versions. */
    public record Values(String tables, Map<CompanyPeriod, Duration> periods, BigDecimal compensationApprovalAbove,
                         int maxUnsatisfiedRounds) {

        public Values {
            periods = Map.copyOf(periods);
        }

        public Duration of(CompanyPeriod period) {
            return periods.get(period);
        }
    }

    private final Supplier<Values> source;

    @Autowired
    CompanyPeriods(LatestDecisions latest, DecisionService decisions, IdentityService identity) {
        this(new Tables(latest, decisions, identity));
    }

    private CompanyPeriods(Supplier<Values> source) {
        this.source = source;
    }

    /** Fixed values, for the unit tier where no engine runs. */
    public static CompanyPeriods fixed(Values values) {
        return new CompanyPeriods(() -> values);
    }

    /** The values of the latest deployed tables. */
    public Values current() {
        return source.get();
    }

    public Duration of(CompanyPeriod period) {
        return current().of(period);
    }

    public BigDecimal compensationApprovalAbove() {
        return current().compensationApprovalAbove();
    }

    public int maxUnsatisfiedRounds() {
        return current().maxUnsatisfiedRounds();
    }

    /**
     * Reads a period's cell: a positive ISO-8601 duration ({@code PT2H}, {@code P3D}).
     *
     * @return the duration, or null with the reason added to {@code problems}
     */
    static Duration duration(String row, Object cell, List<String> problems) {
        if (cell == null || cell.toString().isBlank()) {
            problems.add(row + ": no duration");
            return null;
        }
        try {
            Duration d = Duration.parse(cell.toString().trim());
            if (d.isNegative() || d.isZero()) {
                problems.add(row + ": " + cell + " is not a positive duration");
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(row + ": " + cell + " is not an ISO-8601 duration such as PT2H or P3D");
            return null;
        }
    }

    /** Reads a threshold's cell: a number, positive for the rounds, not negative for the amount. */
    static BigDecimal number(String row, Object cell, List<String> problems) {
        if (cell == null || cell.toString().isBlank()) {
            problems.add(row + ": no value");
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(cell.toString().trim());
            boolean rounds = MAX_UNSATISFIED_ROUNDS.equals(row);
            if (n.signum() < 0 || rounds && (n.signum() == 0 || n.stripTrailingZeros().scale() > 0)) {
                problems.add(row + ": " + cell + (rounds ? " is not a positive whole number" : " is negative"));
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problems.add(row + ": " + cell + " is not a number");
            return null;
        }
    }

    /** The engine's latest table versions, read once per version. */
    private static final class Tables implements Supplier<Values> {

        private final LatestDecisions latest;
        private final DecisionService decisions;
        private final IdentityService identity;
        private final Map<String, Values> read = new ConcurrentHashMap<>();

        Tables(LatestDecisions latest, DecisionService decisions, IdentityService identity) {
            this.latest = latest;
            this.decisions = decisions;
            this.identity = identity;
        }

        @Override
        public Values get() {
            Map<String, LatestDecisions.Latest> now = latest.of(List.of(PERIODS_DECISION, THRESHOLDS_DECISION));
            LatestDecisions.Latest periods = deployed(now, PERIODS_DECISION);
            LatestDecisions.Latest thresholds = deployed(now, THRESHOLDS_DECISION);
            // the service's own reading, whoever's action asked for a due date
            return read.computeIfAbsent(periods.id() + "|" + thresholds.id(),
                    k -> AsEngine.call(identity, () -> read(periods, thresholds)));
        }

        private static LatestDecisions.Latest deployed(Map<String, LatestDecisions.Latest> latest, String key) {
            LatestDecisions.Latest d = latest.get(key);
            if (d == null) {
                throw new IllegalStateException("decision " + key + " is not deployed");
            }
            return d;
        }

        private Values read(LatestDecisions.Latest periodsTable, LatestDecisions.Latest thresholdsTable) {
            List<String> problems = new ArrayList<>();
            Map<CompanyPeriod, Duration> periods = new EnumMap<>(CompanyPeriod.class);
            for (CompanyPeriod p : CompanyPeriod.values()) {
                Map<String, Object> row = decisions.evaluateDecisionTableById(periodsTable.id(),
                        Map.of("period", p.name())).getSingleResult();
                Duration d = row == null ? missing(p.name(), problems) : duration(p.name(), row.get("duration"), problems);
                if (d != null) {
                    periods.put(p, d);
                }
            }
            Map<String, BigDecimal> numbers = new java.util.HashMap<>();
            for (String t : THRESHOLDS) {
                Map<String, Object> row = decisions.evaluateDecisionTableById(thresholdsTable.id(),
                        Map.of("threshold", t)).getSingleResult();
                BigDecimal n = row == null ? missing(t, problems) : number(t, row.get("value"), problems);
                if (n != null) {
                    numbers.put(t, n);
                }
            }
            String tables = PERIODS_DECISION + " v" + periodsTable.version() + ", " + THRESHOLDS_DECISION + " v"
                    + thresholdsTable.version();
            if (!problems.isEmpty()) {
                String message = "the company's periods cannot be read from " + tables + ": "
                        + String.join("; ", problems) + " (no default is assumed; deploy a corrected table)";
                LOG.error(message);
                throw new IllegalStateException(message);
            }
            LOG.info("company periods read from {}: {}, thresholds {}", tables, periods, numbers);
            return new Values(tables, periods, numbers.get(COMPENSATION_APPROVAL_ABOVE),
                    numbers.get(MAX_UNSATISFIED_ROUNDS).intValueExact());
        }

        private static <T> T missing(String row, List<String> problems) {
            problems.add(row + ": no row");
            return null;
        }
    }
}
