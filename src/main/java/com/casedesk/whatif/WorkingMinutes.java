package com.casedesk.whatif;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Time on the clock of people who work {@code hours} on working days: what a task's claim-to-completion
 * span costs a person, leaving out evenings, weekends and (with a calendar's predicate) holidays.
 */
public final class WorkingMinutes {

    /** Monday to Friday: no holidays. Use the China calendar's {@code isWorkingDay} where it is at hand. */
    public static final Predicate<LocalDate> WEEKDAYS = day -> day.getDayOfWeek().getValue() <= 5;

    private WorkingMinutes() {
    }

    /**
     * The working minutes in {@code [from, to)}: only the part of each working day between the hours' start
     * and end counts (0 when {@code to} is not after {@code from}).
     */
    public static double between(Instant from, Instant to, ZoneId zone, Staffing.Hours hours,
                                 Predicate<LocalDate> workingDay) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long seconds = 0;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!workingDay.test(day)) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, hours.start(), zone).toInstant();
            Instant close = ZonedDateTime.of(day, hours.end(), zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            Instant end = to.isBefore(close) ? to : close;
            if (end.isAfter(start)) {
                seconds += Duration.between(start, end).toSeconds();
            }
        }
        return seconds / 60.0;
    }

    /**
     * The instant at which {@code minutes} working minutes, started at {@code from}, are done: work started
     * outside the hours begins at the next working day's start.
     */
    public static Instant plus(Instant from, double minutes, ZoneId zone, Staffing.Hours hours,
                               Predicate<LocalDate> workingDay) {
        long remaining = Math.round(minutes * 60);
        ZonedDateTime at = from.atZone(zone);
        LocalDate limit = at.toLocalDate().plusYears(10);
        for (LocalDate day = at.toLocalDate(); day.isBefore(limit); day = day.plusDays(1)) {
            if (!workingDay.test(day)) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, hours.start(), zone).toInstant();
            Instant close = ZonedDateTime.of(day, hours.end(), zone).toInstant();
            Instant start = from.isAfter(open) ? from : open;
            if (!close.isAfter(start)) {
                continue;
            }
            long available = Duration.between(start, close).toSeconds();
            if (remaining <= available) {
                return start.plusSeconds(remaining);
            }
            remaining -= available;
        }
        throw new IllegalArgumentException("no working day within ten years of " + from);
    }
}
