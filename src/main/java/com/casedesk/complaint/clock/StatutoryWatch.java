package com.casedesk.complaint.clock;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.CompanyPeriod;
import com.casedesk.complaint.CompanyPeriods;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.deadline.WorkingDayCalendar;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import com.casedesk.process.ModelFacing;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The statutory date watched beside the company target (Art. 18): the model's timers read it from the
 * ledger ({@code ${statutoryWatch.dueBy(caseNumber)}}), so it is watched even after the earlier target's
 * timers have fired. A breach is a recorded event and an escalation task, not an incident.
 */
@ModelFacing
@Component("statutoryWatch")
public class StatutoryWatch {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintRepository complaints;
    private final ComplaintProperties properties;
    private final CompanyPeriods periods;
    private final WorkingDayCalendar calendar;
    private final Notifications notifications;
    private final ComplaintNotices notices;
    private final CaseEventLog events;

    StatutoryWatch(ComplaintRepository complaints, ComplaintProperties properties, CompanyPeriods periods,
                   WorkingDayCalendar calendar, Notifications notifications, ComplaintNotices notices,
                   CaseEventLog events) {
        this.complaints = complaints;
        this.properties = properties;
        this.periods = periods;
        this.calendar = calendar;
        this.notifications = notifications;
        this.notices = notices;
        this.events = events;
    }

    public Date dueBy(String caseNumber) {
        return Date.from(complaints.getByCaseNumber(caseNumber).getStatutoryDueBy());
    }

    /** The statutory reminder: {@code REMINDER_BEFORE} (table {@code complaint-periods}) before the statutory date, 
     * never on a day off. */
    public Date reminderDue(String caseNumber) {
        return Date.from(reminderBefore(complaints.getByCaseNumber(caseNumber).getStatutoryDueBy()));
    }

    /**
     * {@code REMINDER_BEFORE} (its whole days) before a deadline, moved back to a working day (the deadline
     * is not moved).
     */
    public Instant reminderBefore(Instant deadline) {
        return ClockRules.reminderAt(deadline, (int) periods.of(CompanyPeriod.REMINDER_BEFORE).toDays(),
                properties.zone(), calendar);
    }

    /** Reminds the handlers of the statutory date, unless the reply reminder already named that same date. */
    void remind(String caseNumber, String handlingGroup) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        if (!ClockRules.statuteWatchedSeparately(complaint.getReplyDueBy(), complaint.getStatutoryDueBy())) {
            return;
        }
        String recipient = complaint.getCurrentOwner() != null ? complaint.getCurrentOwner() : handlingGroup;
        notifications.send(caseNumber, NoticePurpose.REMINDER, NotificationChannel.INTERNAL, recipient,
                notices.statutoryReminder(complaint), null);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.REMINDER_SENT, "法定期限提醒 " + recipient);
    }

    /** The statutory date passed with the case undecided: recorded for the monthly figures and the regulator. */
    void breached(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.STATUTORY_DEADLINE_MISSED,
                "法定答复期限 " + shown(complaint.getStatutoryDueBy()) + " 已届满，尚未作出处理决定 (Art. 18)");
    }

    private String shown(Instant at) {
        return SHOWN.format(at.atZone(properties.zone()));
    }
}
