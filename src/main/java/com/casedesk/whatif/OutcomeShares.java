package com.casedesk.whatif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which of a task's configured outcomes a completed task reached: by the form fields that decide the path
 * (the discriminators of its key), never by free text or by illustrative codes such as a root cause, plus
 * the action taken while the task was open (an extension request, a clock pause). A configured value
 * starting with {@code @} (e.g. {@code @department}) matches any value that no other outcome names.
 */
final class OutcomeShares {

    /** The form fields whose values tell a key's outcomes apart; other keys: booleans and *Outcome/*Approved fields. */
    static final Map<String, List<String>> DISCRIMINATORS = Map.ofEntries(
            Map.entry("Task_FrontlineResolve", List.of("resolvedOnSpot", "satisfiedOnSpot")),
            Map.entry("Task_OrganiseInvestigation", List.of("investigationGroup")),
            Map.entry("Task_Investigate", List.of("complex")),
            Map.entry("Task_Decide", List.of("result", "measure")),
            Map.entry("Task_ApproveCompensation", List.of("compensationApproved")),
            Map.entry("Task_SatisfactionCallback", List.of("callbackOutcome")),
            Map.entry("Task_ReviewUnsatisfied", List.of("supervisorOutcome")),
            Map.entry("Task_ApproveExtension", List.of("extensionApproved")),
            Map.entry("Task_ApproveInvestigationExtension", List.of("extensionApproved")),
            Map.entry("Task_Review", List.of("reviewOutcome")),
            Map.entry("Task_JudgeRepeatFacts", List.of("repeatFactsNew")),
            Map.entry("Task_PostLetter", List.of("letterOutcome")));

    private OutcomeShares() {
    }

    static List<String> discriminators(String key, Staffing.TaskPlay play) {
        List<String> known = DISCRIMINATORS.get(key);
        if (known != null) {
            return known;
        }
        Set<String> names = new TreeSet<>();
        for (Staffing.Outcome outcome : play.outcomes()) {
            outcome.variables().forEach((name, value) -> {
                if (value instanceof Boolean || "true".equals(value) || "false".equals(value)
                        || name.endsWith("Outcome") || name.endsWith("Approved")) {
                    names.add(name);
                }
            });
        }
        return List.copyOf(names);
    }

    /**
     * The index of the outcome a task with these submitted {@code values} and {@code action} (null: none)
     * reached, or -1 when none fits: every discriminator an outcome names must match, and its action; of
     * several, the one matching most values exactly.
     */
    static int match(Staffing.TaskPlay play, List<String> discriminators, Map<String, String> values, String action) {
        int best = -1;
        int bestExact = -1;
        for (int i = 0; i < play.outcomes().size(); i++) {
            Staffing.Outcome outcome = play.outcomes().get(i);
            if (!java.util.Objects.equals(outcome.action(), action)) {
                continue;
            }
            int exact = 0;
            boolean fits = true;
            for (String name : discriminators) {
                if (!outcome.variables().containsKey(name)) {
                    continue;
                }
                String configured = String.valueOf(outcome.variables().get(name));
                String observed = values.get(name);
                if (configured.startsWith("@")) {
                    fits = observed != null && !namedElsewhere(play, name, observed);
                } else if (configured.equals(observed)) {
                    exact++;
                } else {
                    fits = false;
                }
                if (!fits) {
                    break;
                }
            }
            if (fits && exact > bestExact) {
                best = i;
                bestExact = exact;
            }
        }
        return best;
    }

    private static boolean namedElsewhere(Staffing.TaskPlay play, String name, String value) {
        return play.outcomes().stream().anyMatch(o -> value.equals(String.valueOf(o.variables().get(name))));
    }

    /**
     * The outcomes with probabilities from {@code counts} (one per outcome, in order), rounded to four
     * decimals; the rounding's remainder goes to the most frequent so they sum to exactly 1.
     */
    static List<Staffing.Outcome> withShares(List<Staffing.Outcome> outcomes, long[] counts) {
        long total = java.util.Arrays.stream(counts).sum();
        double[] p = new double[counts.length];
        int largest = 0;
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            p[i] = Math.round(10_000.0 * counts[i] / total) / 10_000.0;
            sum += p[i];
            if (counts[i] > counts[largest]) {
                largest = i;
            }
        }
        p[largest] = Math.round((p[largest] + 1 - sum) * 10_000) / 10_000.0;
        List<Staffing.Outcome> shared = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Staffing.Outcome o = outcomes.get(i);
            shared.add(new Staffing.Outcome(o.name(), p[i], o.variables(), o.action(), o.days()));
        }
        return shared;
    }

    /** "name 12 (0.6)" for each outcome, for the notes. */
    static String describe(List<Staffing.Outcome> outcomes, long[] counts) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < counts.length; i++) {
            parts.put(outcomes.get(i).name(), counts[i] + " (" + outcomes.get(i).p() + ")");
        }
        return parts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
