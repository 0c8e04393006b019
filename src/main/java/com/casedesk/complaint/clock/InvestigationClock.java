package com.casedesk.complaint.clock;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.deadline.WorkingDayCalendar;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The investigation deadline (调查期限, 002 §4.1): the level's working days (decision table
 * {@code complaint-level-policy}) from the day the investigation starts, plus approved extensions up to
 * the level's maximum, and never later than the reply deadline. The model asks for it when the
 * investigation task opens ({@code ${investigationClock.start(caseNumber)}}).
 */
@ModelFacing
@Component("investigationClock")
public class InvestigationClock {

    private final ComplaintRepository complaints;
    private final LevelPolicy levels;
    private final InvestigationPeriod period;
    private final ComplaintProperties properties;
    private final ComplaintClock clock;
    private final CaseEventLog events;

    InvestigationClock(ComplaintRepository complaints, LevelPolicy levels, WorkingDayCalendar workingDays,
                       ComplaintProperties properties, ComplaintClock clock, CaseEventLog events) {
        this.complaints = complaints;
        this.levels = levels;
        this.period = new InvestigationPeriod(workingDays, properties.zone());
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** A new investigation (first round, a regrade or a reopened round) starts its own period. */
    public Date start(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        LevelPolicy.Policy policy = levels.forLevel(complaint.getLevel());
        Instant due = period.due(clock.now(), policy.investigationWorkingDays() + complaint.getInvestigationExtraDays(),
                complaint.getReplyDueBy());
        complaint.setInvestigationDueBy(due);
        complaints.save(complaint);
        return Date.from(due);
    }

    /** The working days a request may still add, so the total stays within the level's maximum. */
    public int remainingExtension(Complaint complaint) {
        LevelPolicy.Policy policy = levels.forLevel(complaint.getLevel());
        return InvestigationPeriod.remainingExtension(policy.investigationWorkingDays(),
                policy.investigationMaxWorkingDays(), complaint.getInvestigationExtraDays());
    }

    /**
     * The investigation deadline an approval of {@code days} more working days would set now (what the
     * approver's form shows): what {@link #extend} computes, without changing anything.
     */
    public Instant extendedDue(Complaint complaint, int days) {
        int granted = InvestigationPeriod.granted(days, remainingExtension(complaint));
        Instant from = complaint.getInvestigationDueBy() == null ? clock.now() : complaint.getInvestigationDueBy();
        // the current deadline's day is day 1 of the extended period
        return period.due(from, granted + 1, complaint.getReplyDueBy());
    }

    /** An approved extension: the deadline moves by the granted working days, never past the reply deadline. */
    Complaint extend(String caseNumber, int days) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        int granted = InvestigationPeriod.granted(days, remainingExtension(complaint));
        Instant due = extendedDue(complaint, days);
        complaint.extendInvestigation(granted);
        complaint.setInvestigationDueBy(due);
        Complaint saved = complaints.save(complaint);
        events.append(caseNumber, CaseEventType.DEADLINE_CHANGED, "调查期限延长 " + granted + " 个工作日至 "
                + due.atZone(properties.zone()).toLocalDate() + (due.equals(saved.getReplyDueBy()) ? "（以答复期限为限）" : ""));
        return saved;
    }
}
