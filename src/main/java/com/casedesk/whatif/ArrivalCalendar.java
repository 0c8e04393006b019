package com.casedesk.whatif;

import com.casedesk.deadline.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the arrivals need of the China working-day calendar: which days are working days, which years the calendar
 * file holds, and the service zone the days and hours are counted in.
 */
public record ArrivalCalendar(Predicate<LocalDate> workingDay, SortedSet<Integer> loadedYears, ZoneId zone) {

    public ArrivalCalendar {
        Objects.requireNonNull(workingDay, "workingDay");
        Objects.requireNonNull(zone, "zone");
        loadedYears = Collections.unmodifiableSortedSet(new TreeSet<>(loadedYears));
    }

    public static ArrivalCalendar of(WorkingDayCalendar calendar, ZoneId zone) {
        return new ArrivalCalendar(calendar::isWorkingDay, calendar.loadedYears(), zone);
    }

    /**
     * Refuses a year whose working days are unknown: a year without the State Council's notice would be counted by
     * weekends only, so its holidays, make-up days and post-holiday peaks would be wrong and the deadlines with them.
     */
    public void requireLoaded(int year) {
        if (!loadedYears.contains(year)) {
            throw new IllegalArgumentException(missing(year, ""));
        }
    }

    /**
     * The year after, which the deadlines of cases received late in {@code year} run into, may not be published yet
     * (the notice comes out in November or December): the replay goes on and the report says so on its first screen.
     */
    public Optional<String> nextYearMissing(int year) {
        return loadedYears.contains(year + 1) ? Optional.empty()
                : Optional.of("the working-day calendar has no entry for " + (year + 1) + " (loaded: " + ranges(loadedYears)
                        + "): deadlines of cases received late in " + year + " that fall in " + (year + 1)
                        + " are counted by weekends only");
    }

    private String missing(int year, String why) {
        return "the working-day calendar has no entry for " + year + why + " (loaded: " + ranges(loadedYears)
                + "): load the State Council's notice for " + year
                + " into casedesk.calendar.location first (docs/working-days.md)";
    }

    /** {@code 2024–2027}, {@code 2025, 2027–2028}, or {@code none}. */
    static String ranges(SortedSet<Integer> years) {
        if (years.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        Integer first = null;
        Integer last = null;
        for (int year : years) {
            if (last != null && year == last + 1) {
                last = year;
                continue;
            }
            if (first != null) {
                parts.add(first.equals(last) ? String.valueOf(first) : first + "–" + last);
            }
            first = year;
            last = year;
        }
        parts.add(first.equals(last) ? String.valueOf(first) : first + "–" + last);
        return String.join(", ", parts);
    }
}
