package com.casedesk.complaint.clock;

import com.casedesk.deadline.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The rules of the reply clock (令2020年第3号 Art. 18, 43) as plain functions, tested at their edges
 * without Spring: who may be extended and until when, how paused time counts, when a reminder falls.
 */
public final class ClockRules {

    public static final String ART_18 = "令2020年第3号 Art. 18";
    public static final String ART_43 = "令2020年第3号 Art. 43";

    private ClockRules() {
    }

    /**
     * Why a statutory extension may not be granted, or empty when it may: only a complex case (30 days)
     * may get the further 30, never beyond 60 days in all, and never once the statutory date has passed.
     *
     * @param currentDays the case's statutory days now (15, 30, or already extended)
     */
    public static Optional<String> extensionRefusal(boolean complex, boolean extended, int currentDays, int extensionDays,
                                                    int maxDays, Instant now, Instant statutoryDueBy) {
        if (extensionDays <= 0) {
            // UK-DISP: the final response is due in 8 weeks, with no extension of the firm's own
            return Optional.of("the case's regime allows no extension; the reply is due within " + currentDays + " days");
        }
        if (!complex) {
            return Optional.of("only a complex case (30 days) may be extended; this case has " + currentDays + " days");
        }
        if (extended || currentDays + extensionDays > maxDays) {
            return Optional.of("an extension is at most " + extensionDays + " days and " + maxDays
                    + " days in all; this case has " + currentDays + (extended ? " days, already extended" : " days"));
        }
        if (now.isAfter(statutoryDueBy)) {
            return Optional.of("the statutory deadline has passed; it can no longer be extended");
        }
        return Optional.empty();
    }

    /** An approval counts only when decided by the statutory date it extends (the end of that day included). */
    public static boolean decidedInTime(Instant decidedAt, Instant statutoryDueBy) {
        return !decidedAt.isAfter(statutoryDueBy);
    }

    /**
     * Paused time counts in whole days (Art. 43 counts days): a pause shorter than a day moves nothing,
     * a pause of N whole days and some hours moves N days.
     */
    public static long countedPauseDays(Duration paused) {
        return paused.isNegative() ? 0 : paused.toDays();
    }

    /**
     * A reminder {@code days} before a deadline, at the deadline's time of day, never on a day off: when
     * that day is not a working day, the last working day before it (received 2026-02-05, due 02-20 inside
     * 春节: "3 days before" is 02-17, a holiday, so the reminder goes out on the make-up Saturday 02-14).
     * The deadline itself stays where the statute puts it.
     */
    public static Instant reminderAt(Instant deadline, int days, ZoneId zone, WorkingDayCalendar calendar) {
        ZonedDateTime due = deadline.atZone(zone);
        LocalDate day = due.toLocalDate().minusDays(days);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return due.with(day).toInstant();
    }

    /** The statute needs its own reminder only when the reply is due earlier (the company target). */
    public static boolean statuteWatchedSeparately(Instant replyDueBy, Instant statutoryDueBy) {
        return replyDueBy.isBefore(statutoryDueBy);
    }
}
