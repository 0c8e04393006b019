package com.casedesk.whatif;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code java -jar casedesk.jar whatif …}: replays the year through the baseline and the candidate, each seed and
 * side in a JVM of its own ({@code whatif-run}, at most {@code --parallel} at a time), then writes report.json and
 * report.html into {@code --out}. Exit 0 when the report is written; 2 when refused (bad options, a candidate the
 * deployment gate refuses, a year without its calendar), with the reason on stderr.
 */
public final class WhatIfCommand {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private WhatIfCommand() {
    }

    /** The parent: {@code whatif --candidate=… --out=…}. */
    public static int main(List<String> args) {
        try {
            WhatIfOptions options = WhatIfOptions.parse(args);
            ArrivalCalendar calendar = ArrivalSources.calendar();
            calendar.requireLoaded(options.year());
            Files.createDirectories(options.out().resolve("runs"));
            Path staffing = options.staffing();
            if (options.fitFrom() != null) {
                StaffingFit.fitAndWrite(options.fitFrom(), staffing == null ? Staffing.defaults() : Staffing.read(staffing),
                        options.out());
                staffing = options.out().resolve(StaffingFit.STAFFING_FILE);
            }
            if (options.candidate() != null && Candidate.files(options.candidate(), Candidate.MODEL_SUFFIXES).isEmpty()
                    && Candidate.files(options.candidate(), Candidate.TEMPLATE_SUFFIXES).isEmpty()) {
                throw new IllegalArgumentException("--candidate: " + options.candidate() + " has no .bpmn, .dmn, .form or template file");
            }
            List<RunResult> baseline = new ArrayList<>();
            List<RunResult> candidate = new ArrayList<>();
            runAll(options, staffing, baseline, candidate);
            Staffing used = staffing == null ? Staffing.defaults() : Staffing.read(staffing);
            Assumptions assumptions = Assumptions.of(ArrivalSources.profileName(options), ArrivalSources.source(options, calendar),
                    options.cases(), options.year(), WhatIfRun.ZONE, used, baseline, candidate.isEmpty() ? null : candidate);
            WhatIfReport.write(baseline, candidate.isEmpty() ? null : candidate, assumptions, options.out());
            System.out.println("whatif: report written to " + options.out().resolve("report.html"));
            return 0;
        } catch (IllegalArgumentException | Refused e) {
            System.err.println("whatif refused: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("whatif failed: " + e.getMessage());
            return 1;
        }
    }

    /** The child: {@code whatif-run <label> <result.json> <the parent's options, one --seed>}. */
    public static int child(List<String> args) {
        String label = args.get(0);
        Path result = Path.of(args.get(1));
        try {
            WhatIfOptions options = WhatIfOptions.parse(args.subList(2, args.size()));
            Staffing staffing = options.staffing() == null ? Staffing.defaults() : Staffing.read(options.staffing());
            WhatIfRun.Outcome run = WhatIfRun.run(new WhatIfRun.Settings(label, options.seed(), options.year(),
                    calendar -> ArrivalSources.arrivals(options, calendar), staffing,
                    "candidate".equals(label) ? options.candidate() : null, options.database(),
                    Files.createDirectories(result.getParent().resolve("work-" + label + "-" + options.seed())), false));
            JSON.writeValue(result.toFile(), run.result());
            if (!run.refusals().isEmpty()) {
                System.out.println("whatif: actions the service refused (first of each kind): " + run.refusals());
            }
            return 0;
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            System.err.println("whatif-run " + label + " refused: " + root.getMessage());
            return 2;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void runAll(WhatIfOptions options, Path staffing, List<RunResult> baseline, List<RunResult> candidate)
            throws IOException {
        List<String> labels = options.candidate() == null ? List.of("baseline") : List.of("baseline", "candidate");
        ExecutorService pool = Executors.newFixedThreadPool(options.parallel());
        try {
            List<Future<RunResult>> runs = new ArrayList<>();
            for (long seed = options.seed(); seed < options.seed() + options.seeds(); seed++) {
                for (String label : labels) {
                    long s = seed;
                    runs.add(pool.submit(() -> spawn(options, staffing, label, s)));
                }
            }
            for (Future<RunResult> f : runs) {
                RunResult r = f.get();
                ("baseline".equals(r.label()) ? baseline : candidate).add(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof Refused r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static RunResult spawn(WhatIfOptions o, Path staffing, String label, long seed) throws IOException, InterruptedException {
        Path runs = o.out().resolve("runs");
        Path result = runs.resolve("run-" + label + "-" + seed + ".json");
        Path log = runs.resolve("run-" + label + "-" + seed + ".log");
        List<String> args = new ArrayList<>(List.of("whatif-run", label, result.toAbsolutePath().toString(),
                "--year=" + o.year(), "--cases=" + o.cases(), "--seed=" + seed, "--out=" + o.out().toAbsolutePath()));
        if (o.candidate() != null) {
            args.add("--candidate=" + o.candidate().toAbsolutePath());
        }
        if (staffing != null) {
            args.add("--staffing=" + staffing.toAbsolutePath());
        }
        if (o.arrivals() != null) {
            args.add("--arrivals=" + o.arrivals().toAbsolutePath());
        }
        if (o.database() != null) {
            args.add("--database=" + o.database());
        }
        Process process = new ProcessBuilder(WhatIfLauncher.command(args, o.maxHeap())).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int exit = process.waitFor();
        if (exit != 0) {
            List<String> lines = Files.readAllLines(log);
            String reason = lines.stream().filter(l -> l.contains("refused:")).reduce((a, b) -> b)
                    .orElse(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            throw new Refused(label + " seed " + seed + " (log " + log + "): " + reason);
        }
        return JSON.readValue(result.toFile(), RunResult.class);
    }

    /** A run that ended without a result: its reason is the command's answer. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }
}
