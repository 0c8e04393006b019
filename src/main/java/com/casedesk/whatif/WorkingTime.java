package com.casedesk.whatif;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.function.Predicate;

/**
 * Staffed time: the hours of {@link Staffing.Hours} on the working days of the China calendar (调休 make-up
 * Saturdays included, public holidays excluded), in the service zone. A person's minutes of work on a task
 * are spent only inside it, so a task taken at 17:20 with 30 minutes of work is done at 09:20 the next
 * working day.
 */
final class WorkingTime {

    private final Staffing.Hours hours;
    private final Predicate<LocalDate> workingDay;
    private final ZoneId zone;

    WorkingTime(Staffing.Hours hours, Predicate<LocalDate> workingDay, ZoneId zone) {
        this.hours = hours;
        this.workingDay = workingDay;
        this.zone = zone;
    }

    /** The earlier of two instants, either may be null (none). */
    static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    ZoneId zone() {
        return zone;
    }

    boolean isWorkingDay(LocalDate day) {
        return workingDay.test(day);
    }

    /** Whether people are at work at this instant. */
    boolean atWork(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return workingDay.test(local.toLocalDate()) && !local.toLocalTime().isBefore(hours.start())
                && local.toLocalTime().isBefore(hours.end());
    }

    /** The instant work starts at, or continues from: {@code at} itself while at work, else the next start. */
    Instant nextStart(Instant at) {
        if (atWork(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(hours.end()) || !workingDay.test(day)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < 400 && !workingDay.test(day); i++) {
            day = day.plusDays(1);
        }
        return LocalDateTime.of(day, hours.start()).atZone(zone).toInstant();
    }

    /** When {@code minutes} of work begun at {@code start} (at work) are done. */
    Instant plusWorkingMinutes(Instant start, double minutes) {
        Instant at = nextStart(start);
        double left = minutes * 60;
        while (true) {
            ZonedDateTime local = at.atZone(zone);
            Instant dayEnd = LocalDateTime.of(local.toLocalDate(), hours.end()).atZone(zone).toInstant();
            double available = dayEnd.getEpochSecond() - at.getEpochSecond();
            if (left <= available) {
                return at.plusSeconds(Math.round(left));
            }
            left -= available;
            at = nextStart(dayEnd);
        }
    }

    /** Staffed hours of one person between two instants. */
    double hoursBetween(Instant from, Instant to) {
        double seconds = 0;
        Instant at = nextStart(from);
        while (at.isBefore(to)) {
            ZonedDateTime local = at.atZone(zone);
            Instant dayEnd = LocalDateTime.of(local.toLocalDate(), hours.end()).atZone(zone).toInstant();
            Instant until = dayEnd.isBefore(to) ? dayEnd : to;
            seconds += until.getEpochSecond() - at.getEpochSecond();
            at = nextStart(dayEnd);
        }
        return seconds / 3600.0;
    }
}
