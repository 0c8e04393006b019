package com.casedesk.complaint.clock;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.grading.LevelPolicy;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.deadline.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalTime;
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
    private final WorkingDayCalendar workingDays;
    private final ComplaintProperties properties;
    private final ComplaintClock clock;
    private final CaseEventLog events;

    InvestigationClock(ComplaintRepository complaints, LevelPolicy levels, WorkingDayCalendar workingDays,
                       ComplaintProperties properties, ComplaintClock clock, CaseEventLog events) {
        this.complaints = complaints;
        this.levels = levels;
        this.workingDays = workingDays;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** A new investigation (first round, a regrade or a reopened round) starts its own period. */
    public Date start(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        LevelPolicy.Policy policy = levels.forLevel(complaint.getLevel());
        Instant due = capped(complaint, clock.now(), policy.investigationWorkingDays() + complaint.getInvestigationExtraDays());
        complaint.setInvestigationDueBy(due);
        complaints.save(complaint);
        return Date.from(due);
    }

    /** The working days a request may still add, so the total stays within the level's maximum. */
    public int remainingExtension(Complaint complaint) {
        LevelPolicy.Policy policy = levels.forLevel(complaint.getLevel());
        return policy.investigationMaxWorkingDays() - policy.investigationWorkingDays() - complaint.getInvestigationExtraDays();
    }

    /** An approved extension: the deadline moves by the granted working days, never past the reply deadline. */
    Complaint extend(String caseNumber, int days) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        int granted = Math.max(0, Math.min(days, remainingExtension(complaint)));
        complaint.extendInvestigation(granted);
        Instant from = complaint.getInvestigationDueBy() == null ? clock.now() : complaint.getInvestigationDueBy();
        Instant due = capped(complaint, from, granted + 1);
        complaint.setInvestigationDueBy(due);
        Complaint saved = complaints.save(complaint);
        events.append(caseNumber, CaseEventType.DEADLINE_CHANGED, "调查期限延长 " + granted + " 个工作日至 "
                + due.atZone(properties.zone()).toLocalDate() + (due.equals(saved.getReplyDueBy()) ? "（以答复期限为限）" : ""));
        return saved;
    }

    /**
     * The end of the n-th working day counted from {@code from}'s day (that day counts when it is one),
     * or the reply deadline if that is earlier.
     */
    private Instant capped(Complaint complaint, Instant from, int n) {
        var day = from.atZone(properties.zone()).toLocalDate();
        Instant due = workingDays.addWorkingDays(day, Math.max(1, n)).atTime(LocalTime.of(23, 59, 59))
                .atZone(properties.zone()).toInstant();
        return due.isAfter(complaint.getReplyDueBy()) ? complaint.getReplyDueBy() : due;
    }
}
