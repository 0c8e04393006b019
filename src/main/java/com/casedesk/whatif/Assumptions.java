package com.casedesk.whatif;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a replay took for granted, stated on the first screen of the report: the arrival stream, the year, the seeds,
 * who worked the tasks and how fast, what they decided, and which files the candidate changed. A reader who does not
 * share these does not share the result.
 *
 * @param arrivalProfile the arrival profile's name (e.g. {@code default}, or the CSV's file name)
 * @param arrivalSource  where it comes from (e.g. "generated, docs/whatif.md" or "--arrivals=FILE, 19873 rows")
 * @param cases          complaints in the stream
 * @param seeds          the seeds run, in order (the first is the one flips are read from)
 * @param zone           the service zone dates are shown in
 * @param staffing       the staffing file the agents followed
 * @param changedModels  the deployed resources whose SHA-256 differs between baseline and candidate (empty: baseline only)
 */
public record Assumptions(String arrivalProfile, String arrivalSource, int cases, int year, List<Long> seeds,
                          ZoneId zone, Staffing staffing, List<ModelChange> changedModels) {

    public Assumptions {
        seeds = List.copyOf(seeds);
        changedModels = List.copyOf(changedModels);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(staffing, "staffing");
    }

    /**
     * A resource deployed by one side only or with different contents.
     *
     * @param baselineSha256  null when only the candidate deployed it
     * @param candidateSha256 null when only the baseline deployed it
     */
    public record ModelChange(String resource, String baselineSha256, String candidateSha256) {
    }

    /** The assumptions of runs already made: seeds and changed files are read from the runs themselves. */
    public static Assumptions of(String arrivalProfile, String arrivalSource, int cases, int year, ZoneId zone,
                                 Staffing staffing, List<RunResult> baseline, List<RunResult> candidate) {
        List<Long> seeds = baseline.stream().map(RunResult::seed).toList();
        return new Assumptions(arrivalProfile, arrivalSource, cases, year, seeds, zone, staffing,
                changedModels(baseline, candidate));
    }

    /** Compared on the first run of each side: every run of a side deploys the same files. */
    public static List<ModelChange> changedModels(List<RunResult> baseline, List<RunResult> candidate) {
        if (baseline.isEmpty() || candidate == null || candidate.isEmpty()) {
            return List.of();
        }
        Map<String, String> before = baseline.get(0).models();
        Map<String, String> after = candidate.get(0).models();
        TreeSet<String> resources = new TreeSet<>(before.keySet());
        resources.addAll(after.keySet());
        List<ModelChange> changes = new ArrayList<>();
        for (String resource : resources) {
            String b = before.get(resource);
            String c = after.get(resource);
            if (!Objects.equals(b, c)) {
                changes.add(new ModelChange(resource, b, c));
            }
        }
        return changes;
    }

    /** The {@code assumptions} section of report.json, keys in a fixed order. */
    ObjectNode json() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode a = f.objectNode();
        a.put("arrivalProfile", arrivalProfile);
        a.put("arrivalSource", arrivalSource);
        a.put("cases", cases);
        a.put("year", year);
        seeds.forEach(a.putArray("seeds")::add);
        a.put("zone", zone.getId());
        ObjectNode s = a.putObject("staffing");
        s.put("hours", staffing.hours().start() + "-" + staffing.hours().end());
        s.put("hoursPerDay", staffing.hours().hoursPerDay());
        ObjectNode groups = s.putObject("headcount");
        new TreeMap<>(staffing.groups()).forEach(groups::put);
        ObjectNode minutes = s.putObject("serviceMinutes");
        ObjectNode outcomes = s.putObject("outcomes");
        new TreeMap<>(staffing.tasks()).forEach((task, play) -> {
            ObjectNode m = minutes.putObject(task);
            m.put("median", play.minutes().median());
            m.put("p90", play.minutes().p90());
            ObjectNode o = outcomes.putObject(task);
            play.outcomes().forEach(outcome -> o.put(outcome.name(), outcome.p()));
        });
        Staffing.Complainants c = staffing.complainants();
        ObjectNode complainants = s.putObject("complainants");
        complainants.put("reviewRequested", c.reviewRequested());
        complainants.put("reviewAfterDays", c.reviewAfterDays());
        complainants.put("withdrawn", c.withdrawn());
        complainants.put("withdrawAfterDays", c.withdrawAfterDays());
        var changed = a.putArray("changedModels");
        for (ModelChange change : changedModels) {
            ObjectNode m = changed.addObject();
            m.put("resource", change.resource());
            m.put("baselineSha256", change.baselineSha256());
            m.put("candidateSha256", change.candidateSha256());
        }
        return a;
    }
}
