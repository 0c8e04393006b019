package com.casedesk.whatif;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The what-if report: {@code report.json} (the figures, for machines and for the record) and {@code report.html}
 * (the same figures for compliance staff, rendered from the JSON so the two never disagree), from the
 * {@link RunResult}s of the baseline and, when given, the candidate — one run per seed. Deterministic: the same runs
 * give byte-identical files (no time of writing, keys in a fixed order, numbers rounded to
 * {@value SeedSpread#DECIMALS} decimals, "\n" line ends). docs/whatif.md "How to read the report" defines each figure.
 */
public final class WhatIfReport {

    public static final String JSON_FILE = "report.json";
    public static final String HTML_FILE = "report.html";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = new ObjectMapper().writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    private static final List<String> DELTAS = List.of("statutoryOnTimeRate", "statutoryOnTimeRateOriginal",
            "escalations", "extensions", "pauses", "restarts", "censored");
    /** RunStats.seconds in the order a run goes through them; phases not listed follow, sorted. */
    private static final List<String> PHASES = List.of("start", "intake", "claims", "tasks", "jobs", "actions", "collect", "total");

    private WhatIfReport() {
    }

    /**
     * Writes {@code report.json} and {@code report.html} into {@code outDir} (created if missing).
     *
     * @param baseline  one run per seed, at least one
     * @param candidate one run per seed; null or empty for a baseline-only report (no "candidate" section, no flips)
     */
    public static void write(List<RunResult> baseline, List<RunResult> candidate, Assumptions assumptions, Path outDir) {
        ObjectNode report = figures(baseline, candidate, assumptions);
        try {
            Files.createDirectories(outDir);
            Files.writeString(outDir.resolve(JSON_FILE), json(report), StandardCharsets.UTF_8);
            Files.writeString(outDir.resolve(HTML_FILE), html(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the what-if report to " + outDir, e);
        }
    }

    /** The content of report.json as a tree (what tests and the API read). */
    public static ObjectNode figures(List<RunResult> baseline, List<RunResult> candidate, Assumptions assumptions) {
        if (baseline == null || baseline.isEmpty()) {
            throw new IllegalArgumentException("a what-if report needs at least one baseline run");
        }
        Map<String, List<RunResult>> sides = new LinkedHashMap<>();
        sides.put("baseline", bySeed(baseline));
        if (candidate != null && !candidate.isEmpty()) {
            sides.put("candidate", bySeed(candidate));
        }
        List<RunResult> all = new ArrayList<>();
        sides.values().forEach(all::addAll);
        WhatIfFigures.Keys keys = WhatIfFigures.Keys.of(all);

        Map<String, List<JsonNode>> perSeed = new LinkedHashMap<>();
        Map<String, JsonNode> spreads = new LinkedHashMap<>();
        Map<String, ObjectNode> means = new LinkedHashMap<>();
        sides.forEach((side, runs) -> {
            List<JsonNode> trees = runs.stream().map(r -> (JsonNode) WhatIfFigures.of(r, keys)).toList();
            perSeed.put(side, trees);
            ObjectNode mean = (ObjectNode) SeedSpread.mean(trees);
            List<JsonNode> withoutWeeks = trees.stream().map(t -> (JsonNode) withoutWeekly(t)).toList();
            JsonNode spread = SeedSpread.spread(withoutWeeks);
            spreads.put(side, spread);
            mean.set("spread", spread);
            ArrayNode seeds = mean.putArray("seeds");
            for (int i = 0; i < runs.size(); i++) {
                ObjectNode seed = seeds.addObject();
                seed.put("seed", runs.get(i).seed());
                seed.setAll((ObjectNode) SeedSpread.rounded(withoutWeeks.get(i)));
            }
            means.put(side, mean);
        });

        ObjectNode report = JSON.objectNode();
        report.put("report", "casedesk what-if");
        report.put("year", assumptions.year());
        report.set("assumptions", assumptions.json());
        report.set("warnings", Warnings.of(perSeed, spreads, sides.get("baseline").size()));
        means.forEach(report::set);
        if (means.containsKey("candidate")) {
            report.set("delta", delta(means.get("baseline"), means.get("candidate")));
            RunResult first = sides.get("baseline").get(0);
            RunResult paired = sides.get("candidate").stream().filter(r -> r.seed() == first.seed()).findFirst()
                    .orElse(sides.get("candidate").get(0));
            ArrayNode flips = Flips.of(first, paired);
            ObjectNode f = report.putObject("flips");
            f.put("seed", first.seed());
            f.put("count", flips.size());
            f.put("toLate", count(flips, "late"));
            f.put("toOnTime", count(flips, "onTime"));
            f.set("cases", flips);
        }
        ObjectNode run = report.putObject("run");
        sides.forEach((side, runs) -> {
            ArrayNode list = run.putArray(side);
            runs.forEach(r -> list.add(stats(r)));
        });
        return report;
    }

    public static String json(ObjectNode report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String html(ObjectNode report) {
        return WhatIfPage.render(report);
    }

    private static List<RunResult> bySeed(List<RunResult> runs) {
        return runs.stream().sorted(Comparator.comparingLong(RunResult::seed)).toList();
    }

    private static ObjectNode withoutWeekly(JsonNode tree) {
        ObjectNode copy = ((ObjectNode) tree).deepCopy();
        copy.remove("weekly");
        return copy;
    }

    private static ObjectNode delta(ObjectNode baseline, ObjectNode candidate) {
        ObjectNode d = JSON.objectNode();
        for (String field : DELTAS) {
            d.set(field, difference(baseline.path(field), candidate.path(field)));
        }
        ObjectNode levels = d.putObject("byLevel");
        baseline.path("byLevel").fieldNames().forEachRemaining(level -> {
            ObjectNode l = levels.putObject(level);
            for (String field : List.of("cases", "statutoryOnTimeRate")) {
                l.set(field, difference(baseline.path("byLevel").path(level).path(field),
                        candidate.path("byLevel").path(level).path(field)));
            }
        });
        return d;
    }

    private static JsonNode difference(JsonNode baseline, JsonNode candidate) {
        if (!baseline.isNumber() || !candidate.isNumber()) {
            return JSON.nullNode();
        }
        return SeedSpread.number(candidate.asDouble() - baseline.asDouble(),
                baseline.isIntegralNumber() && candidate.isIntegralNumber());
    }

    private static long count(ArrayNode flips, String becomes) {
        long n = 0;
        for (JsonNode flip : flips) {
            n += becomes.equals(flip.path("becomes").asText()) ? 1 : 0;
        }
        return n;
    }

    private static ObjectNode stats(RunResult r) {
        RunResult.RunStats s = r.stats();
        ObjectNode n = JSON.objectNode();
        n.put("seed", r.seed());
        n.put("cases", r.cases().size());
        if (s == null) {
            return n;
        }
        n.put("jobsExecuted", s.jobsExecuted());
        n.put("jobsFailed", s.jobsFailed());
        n.put("tasksCompleted", s.tasksCompleted());
        n.put("tasksVanished", s.tasksVanished());
        n.put("actions", s.actions());
        n.put("simulatedUntil", s.simulatedUntil());
        ObjectNode seconds = n.putObject("seconds");
        Map<String, Double> given = s.seconds() == null ? Map.of() : s.seconds();
        for (String phase : PHASES) {
            if (given.get(phase) != null) {
                seconds.set(phase, SeedSpread.number(given.get(phase), false));
            }
        }
        given.keySet().stream().filter(p -> !PHASES.contains(p) && given.get(p) != null).sorted()
                .forEach(p -> seconds.set(p, SeedSpread.number(given.get(p), false)));
        return n;
    }
}
