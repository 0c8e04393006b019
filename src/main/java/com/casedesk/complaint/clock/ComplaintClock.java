package com.casedesk.complaint.clock;

import com.casedesk.complaint.CompanyPeriod;
import com.casedesk.complaint.CompanyPeriods;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.process.ModelFacing;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.deadline.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The complaint process's deadlines, computed from the company's periods (decision table
 * {@code complaint-periods}, read through {@link CompanyPeriods}) and the statutory configuration. The model
 * calls it in timer and due-date expressions ({@code ${complaintClock.reminderDue(replyDueBy)}}), so no
 * duration is written into the BPMN.
 */
@ModelFacing
@Component("complaintClock")
public class ComplaintClock {

    private final ComplaintProperties properties;
    private final CompanyPeriods periods;
    private final Clock clock;
    private final WorkingDayCalendar calendar;

    ComplaintClock(ComplaintProperties properties, CompanyPeriods periods, Clock clock, WorkingDayCalendar calendar) {
        this.properties = properties;
        this.periods = periods;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The statutory reply deadline (Art. 18): the end of the 15th calendar day after receipt. */
    public Instant replyDueBy(Instant receivedAt) {
        return CalendarDays.endOfPeriod(receivedAt, properties.replyWithinDays(), properties.zone());
    }

    /** Models up to version 6: the reminder a calendar offset before the deadline (it may fall on a holiday). */
    public Date reminderDue(Date replyDueBy) {
        return Date.from(replyDueBy.toInstant().minus(periods.of(CompanyPeriod.REMINDER_BEFORE)));
    }

    /**
     * From version 7: the reminder {@code REMINDER_BEFORE}'s whole days before the deadline, moved back to the
     * last working day when that day is off (ClockRules.reminderAt); the deadline itself is not moved.
     */
    public Date workingDayReminderDue(Date replyDueBy) {
        return Date.from(ClockRules.reminderAt(replyDueBy.toInstant(),
                (int) periods.of(CompanyPeriod.REMINDER_BEFORE).toDays(), properties.zone(), calendar));
    }

    public Date escalationTaskDue() {
        return Date.from(Instant.now(clock).plus(periods.of(CompanyPeriod.ESCALATION_TASK)));
    }

    public Date callbackDue() {
        return Date.from(Instant.now(clock).plus(periods.of(CompanyPeriod.CALLBACK)));
    }

    /** Level 2: the front line hands the case to the department head within this time (二级：移交部门主管). */
    public Date handoverDue() {
        return Date.from(Instant.now(clock).plus(periods.of(CompanyPeriod.HANDOVER)));
    }

    /** Level 1: the department head puts the case before the leadership group within this time (一级：提交领导小组). */
    public Date forwardDue() {
        return Date.from(Instant.now(clock).plus(periods.of(CompanyPeriod.FORWARD_TO_LEADERSHIP)));
    }

    /** Level 1: the leadership group meets and sets the handling plan within this time (应急会议). */
    public Date meetingDue() {
        return Date.from(Instant.now(clock).plus(periods.of(CompanyPeriod.LEADERSHIP_MEETING)));
    }

    /** Level 1: how often the investigating department reports progress, as an ISO-8601 duration for a timer. */
    public String progressInterval() {
        return periods.of(CompanyPeriod.PROGRESS_REPORT_EVERY).toString();
    }

    /** Level 1: a progress report is due this long after it was asked for. */
    public Date progressDue() {
        return Date.from(Instant.now(clock).plus(periods.of(CompanyPeriod.PROGRESS_REPORT_WITHIN)));
    }

    public Instant now() {
        return Instant.now(clock);
    }
}
