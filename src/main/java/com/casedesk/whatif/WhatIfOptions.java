package com.casedesk.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code whatif} command line ({@code --name=value}); README and docs/whatif.md list every option.
 *
 * @param candidate  folder of BPMN/DMN/form/template files laid over the release's (null: baseline only)
 * @param database   a PostgreSQL server's JDBC URL on which throwaway databases are created (null: in-memory H2)
 * @param arrivals   CSV of historical routing facts (null: the generated profile)
 * @param staffing   YAML (null: whatif/staffing.yaml)
 * @param fitFrom    JDBC URL of a casedesk database whose history the staffing is fitted from (null: none)
 * @param parallel   runs at a time, each in its own JVM
 */
public record WhatIfOptions(Path candidate, int year, int cases, long seed, int seeds, Path out, Path staffing,
                            Path arrivals, String database, String fitFrom, int parallel, String maxHeap) {

    private static final Set<String> NAMES = Set.of("candidate", "year", "cases", "seed", "seeds", "out", "staffing",
            "arrivals", "database", "fit-from", "parallel", "max-heap");

    public static WhatIfOptions parse(List<String> args) {
        Map<String, String> given = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
            if (name == null || !NAMES.contains(name)) {
                problems.add("unknown argument " + arg + " (options: --" + String.join(", --", NAMES.stream().sorted().toList()) + ")");
            } else {
                given.put(name, arg.substring(eq + 1));
            }
        }
        int year = integer(given, "year", 2026, 2000, 2100, problems);
        int cases = integer(given, "cases", 20_000, 1, 1_000_000, problems);
        int seeds = integer(given, "seeds", 1, 1, 100, problems);
        int parallel = integer(given, "parallel", 2, 1, 16, problems);
        long seed = 1;
        try {
            seed = Long.parseLong(given.getOrDefault("seed", "1"));
        } catch (NumberFormatException e) {
            problems.add("--seed: a whole number");
        }
        if (!given.containsKey("out")) {
            problems.add("--out: the folder report.html and report.json are written to");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new WhatIfOptions(path(given.get("candidate")), year, cases, seed, seeds, Path.of(given.get("out")),
                path(given.get("staffing")), path(given.get("arrivals")), given.get("database"), given.get("fit-from"),
                parallel, given.getOrDefault("max-heap", "1g"));
    }

    private static Path path(String value) {
        return value == null || value.isBlank() ? null : Path.of(value);
    }

    private static int integer(Map<String, String> given, String name, int fallback, int min, int max, List<String> problems) {
        String value = given.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add("--" + name + ": a whole number from " + min + " to " + max);
        return fallback;
    }
}
