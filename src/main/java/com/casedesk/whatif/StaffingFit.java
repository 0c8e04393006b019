package com.casedesk.whatif;

import com.casedesk.deadline.WorkingCalendarProperties;
import com.casedesk.deadline.WorkingDayCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Fits a what-if {@link Staffing} from a casedesk database's history ({@code --fit-from=JDBC-URL}): service
 * times from claim to completion in working minutes, outcome shares from the form values tasks submitted,
 * headcounts from who completed tasks per week, complainants' review requests and withdrawals from the
 * ledger. Whatever has fewer than {@value #MIN_OBSERVATIONS} observations keeps the base's value; the notes
 * say which is which. Reads only, over a read-only connection. docs/whatif.md, "How to fit it from history".
 */
public final class StaffingFit {

    public static final int MIN_OBSERVATIONS = 20;
    public static final String STAFFING_FILE = "fitted-staffing.yaml";
    public static final String NOTES_FILE = "fit-notes.txt";
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private StaffingFit() {
    }

    /** The history that counts: tasks completed, complaints decided or received, in {@code [from, to)}. */
    public record Window(Instant from, Instant to) {

        public static Window all() {
            return new Window(Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("9999-01-01T00:00:00Z"));
        }

        public static Window year(int year, ZoneId zone) {
            return new Window(ZonedDateTime.of(year, 1, 1, 0, 0, 0, 0, zone).toInstant(),
                    ZonedDateTime.of(year + 1, 1, 1, 0, 0, 0, 0, zone).toInstant());
        }
    }

    /** The fitted staffing and, line by line, what was fitted from how many observations and what was kept. */
    public record Fit(Staffing staffing, List<String> notes) {

        public Fit {
            notes = List.copyOf(notes);
        }
    }

    /**
     * Fits from the database at {@code jdbcUrl} (credentials in the URL or {@code WHATIF_FIT_USER} /
     * {@code WHATIF_FIT_PASSWORD}) over its whole history, in the service zone, on the shipped China working-day
     * calendar, and writes {@value #STAFFING_FILE} and {@value #NOTES_FILE} into {@code out}.
     */
    public static Fit fitAndWrite(String jdbcUrl, Staffing base, Path out) {
        WorkingDayCalendar calendar = chinaCalendar(DEFAULT_ZONE);
        return fitAndWrite(FitSource.parse(jdbcUrl, System.getenv()), base, out, DEFAULT_ZONE, Window.all(),
                calendar::isWorkingDay, "working days: the China calendar in the jar, years " + calendar.loadedYears()
                        + "; other years by weekends only (their holidays count as working time)");
    }

    /** As {@link #fitAndWrite(String, Staffing, Path)}, with {@code calendarNote} saying which working days count. */
    public static Fit fitAndWrite(FitSource source, Staffing base, Path out, ZoneId zone, Window window,
                                  Predicate<LocalDate> workingDay, String calendarNote) {
        Fit fitted = fit(source, base, zone, window, workingDay);
        List<String> notes = new ArrayList<>(fitted.notes());
        notes.add(Math.min(2, notes.size()), calendarNote);
        Fit fit = new Fit(fitted.staffing(), notes);
        try {
            Files.createDirectories(out);
            fit.staffing().write(out.resolve(STAFFING_FILE));
            Files.writeString(out.resolve(NOTES_FILE), String.join("\n", fit.notes()) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fit;
    }

    public static Fit fit(FitSource source, Staffing base, ZoneId zone, Window window, Predicate<LocalDate> workingDay) {
        try (Connection connection = source.open()) {
            try {
                return fit(connection, "history of " + source, base, zone, window, workingDay);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #fit(FitSource, Staffing, ZoneId, Window, Predicate)}, on a connection of {@code dataSource}. */
    public static Fit fit(DataSource dataSource, Staffing base, ZoneId zone, Window window, Predicate<LocalDate> workingDay) {
        try (Connection connection = FitSource.readOnly(dataSource.getConnection())) {
            try {
                return fit(connection, "history of the service's database", base, zone, window, workingDay);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database: " + e.getMessage(), e);
        }
    }

    /** The China calendar shipped in the jar (years it does not hold: weekends only), outside Spring. */
    public static WorkingDayCalendar chinaCalendar(ZoneId zone) {
        return new WorkingDayCalendar(new WorkingCalendarProperties(WorkingCalendarProperties.DEFAULT_LOCATION),
                new DefaultResourceLoader(), new SimpleMeterRegistry(), zone.getId());
    }

    private static Fit fit(Connection connection, String what, Staffing base, ZoneId zone, Window window,
                           Predicate<LocalDate> workingDay) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        FitHistory history = new FitHistory(jdbc, window.from(), window.to());
        List<String> notes = new ArrayList<>();
        notes.add("Fitted from the " + what + ", " + window.from() + " to " + window.to() + ", zone " + zone
                + "; fewer than " + MIN_OBSERVATIONS + " observations keep the base's value.");
        notes.add("hours: kept from the base (" + base.hours().start() + "-" + base.hours().end()
                + "), not fitted; service times count only these hours on working days.");
        List<String> names = base.tasks().entrySet().stream()
                .flatMap(e -> OutcomeShares.discriminators(e.getKey(), e.getValue()).stream()).distinct().sorted().toList();
        List<FitHistory.Task> tasks = history.tasks(names);
        TaskFit taskFit = new TaskFit(history, base, zone, workingDay, notes);
        Map<String, Staffing.TaskPlay> plays = taskFit.fit(tasks);
        Map<String, Integer> groups = PeopleFit.groups(tasks, base.groups(), zone, notes);
        Staffing.Complainants complainants = PeopleFit.complainants(history, base.complainants(), notes);
        history.ledgerCounts().forEach((name, counts) -> notes.add("ledger, for comparison: " + name + " "
                + (counts.isEmpty() ? "none" : counts.toString())));
        return new Fit(new Staffing(base.hours(), groups, plays, complainants), notes);
    }
}
