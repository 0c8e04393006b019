package com.casedesk.whatif;

import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Headcounts per candidate group (who completed the group's tasks, per ISO week) and what complainants do
 * (review requests after a decision, withdrawals), each from {@value StaffingFit#MIN_OBSERVATIONS}
 * observations or kept from the base.
 */
final class PeopleFit {

    private PeopleFit() {
    }

    /**
     * Per group of the base: the distinct completers of its tasks in a week, averaged over the weeks in which
     * the group completed any, rounded up. An estimate: a person in two groups counts in both, and time spent
     * on work outside the complaint tasks is not seen.
     */
    static Map<String, Integer> groups(List<FitHistory.Task> tasks, Map<String, Integer> base, ZoneId zone,
                                       List<String> notes) {
        Map<String, Map<String, Set<String>>> weeks = new TreeMap<>();
        Map<String, Integer> completed = new TreeMap<>();
        for (FitHistory.Task task : tasks) {
            if (task.assignee() == null) {
                continue;
            }
            var day = task.completed().atZone(zone);
            String week = "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            for (String group : task.groups()) {
                weeks.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(week, w -> new HashSet<>())
                        .add(task.assignee());
                completed.merge(group, 1, Integer::sum);
            }
        }
        Set<String> unknown = new TreeSet<>(weeks.keySet());
        unknown.removeAll(base.keySet());
        if (!unknown.isEmpty()) {
            notes.add("groups not in the base, left out: " + String.join(", ", unknown));
        }
        Map<String, Integer> fitted = new TreeMap<>();
        base.forEach((group, kept) -> {
            int n = completed.getOrDefault(group, 0);
            if (n < StaffingFit.MIN_OBSERVATIONS) {
                notes.add("groups." + group + ": kept " + kept + ": " + n + " tasks completed");
                fitted.put(group, kept);
                return;
            }
            Map<String, Set<String>> perWeek = weeks.get(group);
            double average = perWeek.values().stream().mapToInt(Set::size).average().orElse(0);
            int headcount = (int) Math.ceil(average - 1e-9);
            Set<String> people = new TreeSet<>();
            perWeek.values().forEach(people::addAll);
            notes.add("groups." + group + ": estimated " + headcount + " (people completing its tasks per week, "
                    + "average " + Math.round(average * 100) / 100.0 + " over " + perWeek.size() + " weeks with work, "
                    + people.size() + " different people, " + n + " tasks; people in several groups count in each)");
            fitted.put(group, headcount);
        });
        return fitted;
    }

    static Staffing.Complainants complainants(FitHistory history, Staffing.Complainants base, List<String> notes) {
        List<FitHistory.Decided> decided = history.decided();
        List<Long> reviewDays = new ArrayList<>();
        long reviewed = 0;
        for (FitHistory.Decided d : decided) {
            if (d.reviewRequested() != null) {
                reviewed++;
                if (d.noticed() != null) {
                    reviewDays.add(Duration.between(d.noticed(), d.reviewRequested()).toDays());
                }
            }
        }
        double reviewShare = share("complainants.reviewRequested", base.reviewRequested(), reviewed, decided.size(),
                "decided complaints with a 核查 review request (complaint_review)", notes);
        int reviewAfter = days("complainants.reviewAfterDays", base.reviewAfterDays(), reviewDays,
                "review requests, days after the decision notice", notes);

        List<FitHistory.Received> received = history.received();
        List<Long> withdrawDays = received.stream().filter(r -> r.withdrawn() != null)
                .map(r -> Duration.between(r.received(), r.withdrawn()).toDays()).toList();
        double withdrawnShare = share("complainants.withdrawn", base.withdrawn(), withdrawDays.size(), received.size(),
                "received complaints withdrawn (complaint.withdrawn_at)", notes);
        int withdrawAfter = days("complainants.withdrawAfterDays", base.withdrawAfterDays(), withdrawDays,
                "withdrawals, days after receipt", notes);
        return new Staffing.Complainants(reviewShare, reviewAfter, withdrawnShare, withdrawAfter);
    }

    private static double share(String field, double kept, long count, long of, String what, List<String> notes) {
        if (of < StaffingFit.MIN_OBSERVATIONS) {
            notes.add(field + ": kept " + kept + ": " + of + " " + what.substring(0, what.indexOf(' ')) + " complaints");
            return kept;
        }
        double share = Math.round(10_000.0 * count / of) / 10_000.0;
        notes.add(field + ": fitted " + share + " from " + count + " of " + of + " " + what);
        return share;
    }

    private static int days(String field, int kept, List<Long> days, String what, List<String> notes) {
        if (days.size() < StaffingFit.MIN_OBSERVATIONS) {
            notes.add(field + ": kept " + kept + ": " + days.size() + " " + what);
            return kept;
        }
        List<Double> sorted = days.stream().map(Long::doubleValue).sorted().toList();
        int median = (int) Math.round(TaskFit.quantile(sorted, 0.5));
        notes.add(field + ": fitted " + median + " (median of " + days.size() + " " + what + ")");
        return median;
    }
}
