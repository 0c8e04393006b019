package com.casedesk.whatif;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Per task definition key: the working minutes from claim to completion (median and p90 of the sample) and
 * the shares of the configured outcomes, each from {@value StaffingFit#MIN_OBSERVATIONS} observations or
 * kept from the base.
 */
final class TaskFit {

    private final FitHistory history;
    private final Staffing base;
    private final ZoneId zone;
    private final Predicate<LocalDate> workingDay;
    private final List<String> notes;

    TaskFit(FitHistory history, Staffing base, ZoneId zone, Predicate<LocalDate> workingDay, List<String> notes) {
        this.history = history;
        this.base = base;
        this.zone = zone;
        this.workingDay = workingDay;
        this.notes = notes;
    }

    Map<String, Staffing.TaskPlay> fit(List<FitHistory.Task> tasks) {
        Map<String, List<FitHistory.Task>> byKey = tasks.stream()
                .collect(Collectors.groupingBy(FitHistory.Task::key, TreeMap::new, Collectors.toList()));
        Set<String> unknown = new TreeSet<>(byKey.keySet());
        unknown.removeAll(base.tasks().keySet());
        if (!unknown.isEmpty()) {
            notes.add("tasks not in the base, left out: " + String.join(", ", unknown));
        }
        Actions actions = actionsDuring(tasks);
        Map<String, Staffing.TaskPlay> plays = new TreeMap<>();
        base.tasks().forEach((key, play) -> {
            List<FitHistory.Task> done = byKey.getOrDefault(key, List.of());
            plays.put(key, new Staffing.TaskPlay(minutes(key, play.minutes(), done), outcomes(key, play, done, actions)));
        });
        return plays;
    }

    private Staffing.ServiceTime minutes(String key, Staffing.ServiceTime kept, List<FitHistory.Task> done) {
        List<Double> sample = new ArrayList<>();
        long unclaimed = done.stream().filter(t -> t.claimed() == null).count();
        long outsideHours = 0;
        for (FitHistory.Task task : done) {
            if (task.claimed() != null) {
                double minutes = WorkingMinutes.between(task.claimed(), task.completed(), zone, base.hours(), workingDay);
                if (minutes > 0) {
                    sample.add(minutes);
                } else {
                    outsideHours++;
                }
            }
        }
        String skipped = (unclaimed == 0 ? "" : "; " + unclaimed + " completed without a recorded claim skipped"
                + " (creation to completion includes queueing, not service)")
                + (outsideHours == 0 ? "" : "; " + outsideHours + " claimed and completed outside working hours skipped");
        if (sample.size() < StaffingFit.MIN_OBSERVATIONS) {
            notes.add("tasks." + key + ".minutes: kept " + kept.median() + "/" + kept.p90() + " (median/p90): "
                    + sample.size() + " claimed and completed" + skipped);
            return kept;
        }
        sample.sort(Comparator.naturalOrder());
        double median = round1(quantile(sample, 0.5));
        double p90 = Math.max(median, round1(quantile(sample, 0.9)));
        notes.add("tasks." + key + ".minutes: fitted " + median + "/" + p90 + " (median/p90 working minutes, claim to"
                + " completion) from " + sample.size() + " tasks" + skipped);
        return new Staffing.ServiceTime(median, p90);
    }

    private List<Staffing.Outcome> outcomes(String key, Staffing.TaskPlay play, List<FitHistory.Task> done, Actions actions) {
        List<Staffing.Outcome> outcomes = play.outcomes();
        if (outcomes.size() < 2) {
            return outcomes;
        }
        List<String> discriminators = OutcomeShares.discriminators(key, play);
        boolean withActions = outcomes.stream().anyMatch(o -> o.action() != null);
        long[] counts = new long[outcomes.size()];
        Map<String, Integer> unmatched = new TreeMap<>();
        for (FitHistory.Task task : done) {
            String action = withActions ? actions.during(task) : null;
            int i = OutcomeShares.match(play, discriminators, task.variables(), action);
            if (i >= 0) {
                counts[i]++;
            } else {
                unmatched.merge(signature(discriminators, task, action), 1, Integer::sum);
            }
        }
        long matched = java.util.Arrays.stream(counts).sum();
        String left = unmatched.isEmpty() ? "" : "; matching no outcome, left out: " + unmatched.entrySet().stream()
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
        String by = "by " + String.join(", ", discriminators) + (withActions ? " and the action taken meanwhile" : "");
        if (matched < StaffingFit.MIN_OBSERVATIONS) {
            notes.add("tasks." + key + ".outcomes: kept the base's shares: " + matched + " tasks matched an outcome ("
                    + by + ")" + left);
            return outcomes;
        }
        List<Staffing.Outcome> shared = OutcomeShares.withShares(outcomes, counts);
        notes.add("tasks." + key + ".outcomes: fitted from " + matched + " tasks " + by + ": "
                + OutcomeShares.describe(shared, counts) + left);
        return shared;
    }

    private static String signature(List<String> discriminators, FitHistory.Task task, String action) {
        return discriminators.stream().map(n -> n + "=" + task.variables().get(n)).collect(Collectors.joining(" "))
                + (action == null ? "" : " action=" + action);
    }

    /** Extension requests and pauses per case, to tell which task was open when one was made. */
    private Actions actionsDuring(List<FitHistory.Task> tasks) {
        Instant since = tasks.stream().map(FitHistory.Task::created).min(Comparator.naturalOrder()).orElse(null);
        if (since == null) {
            return new Actions(Map.of(), Map.of());
        }
        return new Actions(byCase(history.extensionRequests(since)), byCase(history.pauses(since)));
    }

    private static Map<String, List<Instant>> byCase(List<FitHistory.CaseInstant> rows) {
        Map<String, List<Instant>> map = new HashMap<>();
        rows.forEach(r -> map.computeIfAbsent(r.caseNumber(), c -> new ArrayList<>()).add(r.at()));
        return map;
    }

    private record Actions(Map<String, List<Instant>> extensions, Map<String, List<Instant>> pauses) {

        /** extension or pause when one was made on the task's case while it was open, else null. */
        String during(FitHistory.Task task) {
            if (any(extensions.get(task.caseNumber()), task)) {
                return "extension";
            }
            return any(pauses.get(task.caseNumber()), task) ? "pause" : null;
        }

        private static boolean any(List<Instant> instants, FitHistory.Task task) {
            return instants != null && instants.stream()
                    .anyMatch(at -> !at.isBefore(task.created()) && !at.isAfter(task.completed()));
        }
    }

    /** The q-quantile of a sorted sample, interpolated between ranks as PostgreSQL's percentile_cont. */
    static double quantile(List<Double> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
