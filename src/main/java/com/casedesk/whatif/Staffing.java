package com.casedesk.whatif;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who works the tasks of a replay and how (the {@code --staffing} YAML; default {@code whatif/staffing.yaml}):
 * per candidate group a headcount, one working day for all ({@code hours}, on working days of the China
 * calendar, service zone), and per task definition key a service time and the outcomes a worker reaches with
 * their probabilities, each outcome being the form variables submitted (as Tasklist submits them) and at most
 * one action taken before (an extension request, a clock pause). What complainants do after a decision is in
 * {@code complainants}. docs/whatif.md explains every number.
 */
public record Staffing(Hours hours, Map<String, Integer> groups, Map<String, TaskPlay> tasks,
                       Complainants complainants) {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public Staffing {
        groups = new TreeMap<>(groups);
        tasks = new TreeMap<>(tasks);
        complainants = complainants == null ? new Complainants(0, 10, 0, 0) : complainants;
    }

    /** @param start first minute of the working day; @param end the last */
    public record Hours(LocalTime start, LocalTime end) {

        public double hoursPerDay() {
            return (end.toSecondOfDay() - start.toSecondOfDay()) / 3600.0;
        }
    }

    /**
     * @param minutes  the working minutes one person spends on one such task (log-normal by median and p90)
     * @param outcomes what the person decides, with probabilities summing to 1
     */
    public record TaskPlay(ServiceTime minutes, List<Outcome> outcomes) {
    }

    public record ServiceTime(double median, double p90) {
    }

    /**
     * @param action    {@code extension} (asks for the further 30 days, Art. 18, with a reason), {@code pause}
     *                  (outside appraisal, the clock stops for {@code days} calendar days), or none
     * @param variables the form's fields as Tasklist submits them (strings for radios and selects)
     */
    public record Outcome(String name, double p, Map<String, Object> variables, String action, Integer days) {

        public Outcome {
            variables = variables == null ? Map.of() : Map.copyOf(variables);
        }
    }

    /**
     * @param reviewRequested share of decided complaints whose complainant asks for a review (核查, Art. 20)
     * @param reviewAfterDays calendar days after the decision notice the request arrives
     * @param withdrawn       share of complaints withdrawn by the complainant while being handled
     * @param withdrawAfterDays calendar days after receipt a withdrawal arrives
     */
    public record Complainants(double reviewRequested, int reviewAfterDays, double withdrawn, int withdrawAfterDays) {
    }

    public static Staffing read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the staffing file " + file, e);
        }
    }

    public static Staffing defaults() {
        try (InputStream in = Staffing.class.getResourceAsStream("/whatif/staffing.yaml")) {
            return read(in, "whatif/staffing.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Staffing read(InputStream in, String source) throws IOException {
        Staffing staffing = YAML.readValue(in, Staffing.class);
        List<String> problems = staffing.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return staffing;
    }

    public void write(Path file) {
        try {
            YAML.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What makes the file unusable, each naming its place. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (hours == null || hours.start() == null || hours.end() == null || !hours.end().isAfter(hours.start())) {
            problems.add("hours: start and end (HH:mm), end after start");
        }
        groups.forEach((g, n) -> {
            if (n == null || n < 0) {
                problems.add("groups." + g + ": a headcount of 0 or more");
            }
        });
        tasks.forEach((key, play) -> {
            if (play.minutes() == null || play.minutes().median() <= 0 || play.minutes().p90() < play.minutes().median()) {
                problems.add("tasks." + key + ".minutes: median > 0 and p90 >= median");
            }
            double sum = play.outcomes() == null ? 0 : play.outcomes().stream().mapToDouble(Outcome::p).sum();
            if (Math.abs(sum - 1) > 1e-6) {
                problems.add("tasks." + key + ".outcomes: probabilities sum to " + sum + ", not 1");
            }
            if (play.outcomes() != null) {
                play.outcomes().stream().filter(o -> o.action() != null && !List.of("extension", "pause").contains(o.action()))
                        .forEach(o -> problems.add("tasks." + key + "." + o.name() + ".action: extension or pause"));
            }
        });
        return problems;
    }
}
