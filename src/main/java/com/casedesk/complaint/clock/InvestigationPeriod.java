package com.casedesk.complaint.clock;

import com.casedesk.deadline.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The arithmetic of the investigation deadline (调查期限, 002 §4.1) on plain values: the level's working
 * days, the extensions a level allows, and the cap at the reply deadline. {@link InvestigationClock}
 * reads the ledger and the level policy and hands the numbers in.
 */
final class InvestigationPeriod {

    /** A working-day period ends as a statutory one does: at the last second of its last day, local time. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingDayCalendar workingDays;
    private final ZoneId zone;

    InvestigationPeriod(WorkingDayCalendar workingDays, ZoneId zone) {
        this.workingDays = workingDays;
        this.zone = zone;
    }

    /** The working days a request may still add, so the total stays within the level's maximum. */
    static int remainingExtension(int levelWorkingDays, int levelMaxWorkingDays, int alreadyExtended) {
        return levelMaxWorkingDays - levelWorkingDays - alreadyExtended;
    }

    /** What an approved request grants: what was asked, but no more than remains, and never less than nothing. */
    static int granted(int requested, int remaining) {
        return Math.max(0, Math.min(requested, remaining));
    }

    /**
     * The end of the n-th working day counted from {@code from}'s local day (that day counts when it is
     * one; n below 1 counts as 1), or the reply deadline if that is earlier.
     */
    Instant due(Instant from, int n, Instant replyDueBy) {
        var day = from.atZone(zone).toLocalDate();
        Instant due = workingDays.addWorkingDays(day, Math.max(1, n)).atTime(END_OF_DAY).atZone(zone).toInstant();
        return due.isAfter(replyDueBy) ? replyDueBy : due;
    }
}
