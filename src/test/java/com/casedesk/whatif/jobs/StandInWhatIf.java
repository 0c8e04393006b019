package com.casedesk.whatif.jobs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stands in for the {@code whatif} command in the child JVM that the runner starts (selected by
 * {@code casedesk.whatif.main-class} in application-test.yaml): it checks it got the command's arguments and
 * writes a report.json telling what it was given (arguments, environment variable names, working folder,
 * candidate files). {@code --cases=7}: refuses like the command (stderr, exit 2); {@code --cases=13}: never
 * ends, until it is stopped. It writes its process id to {@code pid} in its working folder.
 */
public final class StandInWhatIf {

    static final int REFUSE = 7;
    static final int HANG = 13;

    private StandInWhatIf() {
    }

    public static void main(String[] args) throws Exception {
        // written whole, then named: whoever sees "pid" reads the whole number
        Files.writeString(Path.of("pid.tmp"), Long.toString(ProcessHandle.current().pid()));
        Files.move(Path.of("pid.tmp"), Path.of("pid"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (args.length == 0 || !args[0].equals("whatif")) {
            System.err.println("not the whatif command: " + List.of(args));
            System.exit(64);
        }
        Map<String, String> options = Stream.of(args).skip(1).map(a -> a.substring(2).split("=", 2))
                .collect(Collectors.toMap(a -> a[0], a -> a[1]));
        int cases = Integer.parseInt(options.get("cases"));
        if (cases == REFUSE) {
            System.err.println("部署被拒绝 (deployment refused): complaint-grading.dmn | complaint-grading | [决策 decision] stand-in");
            System.exit(2);
        }
        if (cases == HANG) {
            new java.util.concurrent.CountDownLatch(1).await(); // a hung command: waits until the runner stops it
        }
        Path out = Path.of(options.get("out"));
        Files.createDirectories(out);
        String files = listed(Path.of(options.get("candidate")));
        String env = quoted(new TreeSet<>(System.getenv().keySet()));
        String argList = quoted(List.of(args));
        Files.writeString(out.resolve("report.json"), "{\"cases\": " + cases + ", \"candidate\": " + files
                + ", \"env\": " + env + ", \"args\": " + argList + ", \"cwd\": \"" + json(Path.of("").toAbsolutePath().toString())
                + "\"}", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.html"), "<!DOCTYPE html><html><body><h1>推演报告 What-if report</h1><p>"
                + cases + " cases</p></body></html>", StandardCharsets.UTF_8);
    }

    private static String listed(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return quoted(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    private static String quoted(java.util.Collection<String> values) {
        return values.stream().map(v -> "\"" + json(v) + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String json(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
