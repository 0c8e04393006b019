package com.casedesk.complaint;

import com.casedesk.deadline.CalendarDays;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The complaint process's deadlines, computed from configuration. The model calls it in timer and
 * due-date expressions ({@code ${complaintClock.reminderDue(replyDueBy)}}), so no duration is
 * written into the BPMN.
 */
@Component("complaintClock")
public class ComplaintClock {

    private final ComplaintProperties properties;
    private final Clock clock;

    ComplaintClock(ComplaintProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** The statutory reply deadline (Art. 18): the end of the 15th calendar day after receipt. */
    public Instant replyDueBy(Instant receivedAt) {
        return CalendarDays.endOfPeriod(receivedAt, properties.replyWithinDays(), properties.zone());
    }

    public Date reminderDue(Date replyDueBy) {
        return Date.from(replyDueBy.toInstant().minus(properties.reminderBefore()));
    }

    public Date escalationTaskDue() {
        return Date.from(Instant.now(clock).plus(properties.escalationTaskWithin()));
    }

    public Date callbackDue() {
        return Date.from(Instant.now(clock).plus(properties.callbackWithin()));
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
