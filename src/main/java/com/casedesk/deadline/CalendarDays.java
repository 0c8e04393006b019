package com.casedesk.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Calendar-day periods as 令2020年第3号 Art. 43 counts them: the day of receipt is not counted and
 * the period ends at the close of its last day, in the institution's local time.
 */
public final class CalendarDays {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private CalendarDays() {
    }

    public static Instant endOfPeriod(Instant start, int days, ZoneId zone) {
        if (days < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + days);
        }
        LocalDate startDay = start.atZone(zone).toLocalDate();
        return startDay.plusDays(days).atTime(END_OF_DAY).atZone(zone).toInstant();
    }
}
