package com.casedesk.complaint;

import com.casedesk.deadline.CalendarDays;
import com.casedesk.deadline.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.springframework.stereotype.Component;

/**
 * The reply deadline of a complaint, from the clock fields on the ledger row:
 * <ul>
 *   <li>statutory (Art. 18): 15 calendar days from the clock's start, 30 when complex, a further 30
 *       when extended, never more than 60; moved by paused time (Art. 18 ¶2, 23);</li>
 *   <li>company target: the level's working days (decision table {@code complaint-level-policy}),
 *       moved by paused time too;</li>
 *   <li>reply due = the earlier of the two: a target never pushes past the statute; once senior
 *       management has approved the statutory extension, the extended statutory date (the approval
 *       says the case needs that time, and the complainant is told that date).</li>
 * </ul>
 */
@Component
public class ComplaintDeadlines {

    record Deadlines(Instant statutory, Instant target, Instant reply) {
    }

    private final ComplaintProperties properties;
    private final WorkingDayCalendar workingDays;

    ComplaintDeadlines(ComplaintProperties properties, WorkingDayCalendar workingDays) {
        this.properties = properties;
        this.workingDays = workingDays;
    }

    /** @param targetWorkingDays the level's company target, or null before the case is graded */
    public Deadlines compute(Complaint c, Integer targetWorkingDays) {
        Duration paused = Duration.ofSeconds(c.getPausedSeconds());
        Instant statutory = CalendarDays.endOfPeriod(c.getClockStartedAt(), statutoryDays(c), properties.zone())
                .plus(paused);
        Instant target = null;
        if (targetWorkingDays != null) {
            var startDay = c.getClockStartedAt().atZone(properties.zone()).toLocalDate();
            target = workingDays.addWorkingDays(startDay, targetWorkingDays)
                    .atTime(LocalTime.of(23, 59, 59)).atZone(properties.zone()).toInstant().plus(paused);
        }
        Instant reply = target == null || c.isExtended() || statutory.isBefore(target) ? statutory : target;
        return new Deadlines(statutory, target, reply);
    }

    public int statutoryDays(Complaint c) {
        int days = c.isComplexCase() ? properties.complexReplyWithinDays() : properties.replyWithinDays();
        if (c.isExtended()) {
            days += properties.extensionDays();
        }
        return Math.min(days, properties.maxReplyWithinDays());
    }
}
