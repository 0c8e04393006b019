package com.casedesk.whatif;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The figures of one run (one side, one seed), as a JSON tree whose shape is the same for every run of a report:
 * every level, rule, regime, department, group and (week, group) that occurs in any run appears in each, with zero
 * counts and null rates where a run has none. That is what lets {@link SeedSpread} put seeds and sides side by side
 * field by field. Definitions (docs/whatif.md, "How to read the report"):
 * <ul>
 *   <li>measured: cases with {@link CaseOutcome#onTime()} set; censored: the run ended before their date, undecided;</li>
 *   <li>statutoryOnTimeRate: on-time / measured, null when nothing was measured; the {@code Original} variant the
 *       same against the date set at intake;</li>
 *   <li>lateness p50/p90: nearest rank over late cases' {@link CaseOutcome#latenessHours()};</li>
 *   <li>utilisation of a group over several weeks: the sum of busy hours / the sum of available hours.</li>
 * </ul>
 */
final class WhatIfFigures {

    static final double SATURATED = 0.95;
    static final String NO_DEPARTMENT = "(none)";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WhatIfFigures() {
    }

    /** The keys every run's figures carry, drawn from all runs of both sides, each set in its natural order. */
    record Keys(SortedSet<String> levels, SortedSet<String> rules, SortedSet<String> regimes,
                SortedSet<String> departments, SortedSet<String> groups, SortedSet<String> weeks) {

        static Keys of(Collection<RunResult> runs) {
            Keys keys = new Keys(new TreeSet<>(List.of("1", "2", "3")), new TreeSet<>(), new TreeSet<>(),
                    new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
            for (RunResult run : runs) {
                for (CaseOutcome c : run.cases()) {
                    keys.levels.add(String.valueOf(c.level()));
                    keys.rules.add(key(c.rule()));
                    keys.regimes.add(key(c.regime()));
                    keys.departments.add(key(c.department()));
                }
                for (GroupWeek w : run.weekly()) {
                    keys.groups.add(w.group());
                    keys.weeks.add(w.week());
                }
            }
            return keys;
        }
    }

    static String key(String value) {
        return value == null || value.isBlank() ? NO_DEPARTMENT : value;
    }

    static ObjectNode of(RunResult run, Keys keys) {
        List<CaseOutcome> cases = run.cases();
        ObjectNode r = JSON.objectNode();
        r.put("cases", cases.size());
        r.put("statutoryOnTimeRate", rate(cases, CaseOutcome::onTime));
        r.put("escalations", cases.stream().mapToLong(CaseOutcome::escalations).sum());
        r.set("byLevel", by(cases, keys.levels(), c -> String.valueOf(c.level())));
        r.put("measured", count(cases, c -> c.onTime() != null));
        r.put("onTime", count(cases, c -> Boolean.TRUE.equals(c.onTime())));
        r.put("late", count(cases, c -> Boolean.FALSE.equals(c.onTime())));
        r.put("censored", count(cases, c -> c.onTime() == null && !CaseOutcome.WITHDRAWN.equals(c.rule())));
        r.put("withdrawn", count(cases, c -> CaseOutcome.WITHDRAWN.equals(c.rule())));
        r.put("statutoryOnTimeRateOriginal", rate(cases, CaseOutcome::onTimeOriginal));
        r.put("escalatedCases", count(cases, c -> c.escalations() > 0));
        r.put("extensions", count(cases, CaseOutcome::extended));
        r.put("extensionsRequestedLate", count(cases, CaseOutcome::extensionRequestedLate));
        r.put("pauses", cases.stream().mapToLong(CaseOutcome::pauses).sum());
        r.put("restarts", cases.stream().mapToLong(CaseOutcome::restarts).sum());
        r.put("casesWithMoreThanOneRound", count(cases, c -> c.rounds() > 1));
        r.put("deadlinesOnNonWorkingDays", count(cases, CaseOutcome::deadlineOnNonWorkingDay));
        ObjectNode lateness = r.putObject("latenessHours");
        List<Long> hours = cases.stream().filter(c -> Boolean.FALSE.equals(c.onTime()))
                .map(CaseOutcome::latenessHours).sorted().toList();
        lateness.put("lateCases", hours.size());
        lateness.put("p50", percentile(hours, 0.5));
        lateness.put("p90", percentile(hours, 0.9));
        r.set("byRule", by(cases, keys.rules(), c -> key(c.rule())));
        r.set("byRegime", by(cases, keys.regimes(), c -> key(c.regime())));
        r.set("byDepartment", by(cases, keys.departments(), c -> key(c.department())));
        Map<String, GroupWeek> weeks = new TreeMap<>();
        run.weekly().forEach(w -> weeks.put(w.week() + " " + w.group(), w));
        r.set("byGroup", byGroup(keys, weeks));
        r.set("weekly", weekly(keys, weeks));
        return r;
    }

    private static ObjectNode by(List<CaseOutcome> cases, SortedSet<String> keys, Function<CaseOutcome, String> key) {
        Map<String, List<CaseOutcome>> groups = new TreeMap<>();
        keys.forEach(k -> groups.put(k, new ArrayList<>()));
        cases.forEach(c -> groups.get(key.apply(c)).add(c));
        ObjectNode by = JSON.objectNode();
        groups.forEach((k, list) -> {
            ObjectNode g = by.putObject(k);
            g.put("cases", list.size());
            g.put("statutoryOnTimeRate", rate(list, CaseOutcome::onTime));
            g.put("measured", count(list, c -> c.onTime() != null));
            g.put("onTime", count(list, c -> Boolean.TRUE.equals(c.onTime())));
            g.put("statutoryOnTimeRateOriginal", rate(list, CaseOutcome::onTimeOriginal));
            g.put("escalations", list.stream().mapToLong(CaseOutcome::escalations).sum());
        });
        return by;
    }

    private static ObjectNode byGroup(Keys keys, Map<String, GroupWeek> weeks) {
        ObjectNode by = JSON.objectNode();
        for (String group : keys.groups()) {
            List<GroupWeek> rows = weeks.values().stream().filter(w -> w.group().equals(group)).toList();
            double busy = rows.stream().mapToDouble(GroupWeek::busyHours).sum();
            double available = rows.stream().mapToDouble(GroupWeek::availableHours).sum();
            ObjectNode g = by.putObject(group);
            g.put("completed", rows.stream().mapToLong(GroupWeek::completed).sum());
            g.put("busyHours", busy);
            g.put("availableHours", available);
            g.put("utilisation", available == 0 ? 0 : busy / available);
            g.put("maxUtilisation", rows.stream().mapToDouble(GroupWeek::utilisation).max().orElse(0));
            g.put("saturatedWeeks", count(rows, w -> w.utilisation() >= SATURATED));
            g.put("maxBacklog", rows.stream().mapToInt(GroupWeek::backlog).max().orElse(0));
        }
        return by;
    }

    private static ArrayNode weekly(Keys keys, Map<String, GroupWeek> weeks) {
        ArrayNode weekly = JSON.arrayNode();
        for (String week : keys.weeks()) {
            for (String group : keys.groups()) {
                GroupWeek w = weeks.getOrDefault(week + " " + group, new GroupWeek(week, group, 0, 0, 0, 0, 0));
                ObjectNode row = weekly.addObject();
                row.put("week", week);
                row.put("group", group);
                row.put("backlog", w.backlog());
                row.put("utilisation", w.utilisation());
                row.put("completed", w.completed());
                row.put("busyHours", w.busyHours());
                row.put("availableHours", w.availableHours());
            }
        }
        return weekly;
    }

    private static Double rate(List<CaseOutcome> cases, Function<CaseOutcome, Boolean> onTime) {
        long measured = count(cases, c -> onTime.apply(c) != null);
        return measured == 0 ? null : (double) count(cases, c -> Boolean.TRUE.equals(onTime.apply(c))) / measured;
    }

    private static <T> long count(List<T> items, java.util.function.Predicate<T> test) {
        return items.stream().filter(test).count();
    }

    /** Nearest rank: the smallest value with at least {@code p} of the values at or below it; null for none. */
    static Long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
