package com.casedesk.rectification;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.process.ModelFacing;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The deadlines of rectification actions, computed from configuration. The model calls it in timer
 * and due-date expressions ({@code ${rectificationClock.reminderDue(deadline)}}), so no duration is
 * written into the BPMN.
 */
@ModelFacing
@Component("rectificationClock")
public class RectificationClock {

    /** A deadline day ends as a statutory period does (CalendarDays): at its last second, local time. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final RectificationProperties properties;
    private final ServiceZone zone;
    private final Clock clock;

    RectificationClock(RectificationProperties properties, ServiceZone zone, Clock clock) {
        this.properties = properties;
        this.zone = zone;
        this.clock = clock;
    }

    /** Today in the institution's calendar: the earliest deadline an action may have. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone.zone()));
    }

    /** The moment an action with this deadline becomes overdue. */
    public Instant endOf(LocalDate deadline) {
        return deadline.atTime(END_OF_DAY).atZone(zone.zone()).toInstant();
    }

    /** When the owner is reminded; already past for a deadline closer than the period, so it fires at once. */
    public Date reminderDue(Date deadline) {
        return Date.from(deadline.toInstant().minus(properties.reminderBefore()));
    }

    /**
     * The overdue timer as an ISO 8601 cycle: first at the deadline, then every
     * {@code escalation-every} until the action is done (the timer ends with the task).
     */
    public String overdueCycle(Date deadline) {
        return "R/" + deadline.toInstant() + "/" + properties.escalationEvery();
    }

    public Date escalationTaskDue() {
        return Date.from(Instant.now(clock).plus(properties.escalationTaskWithin()));
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
