package com.casedesk.complaint.clock;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintDeadlines;
import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a complaint's clock: classification as complex, extension, pause and resume,
 * restart on new facts. Each recomputes the deadlines from the ledger, stores them, carries them
 * into the running process, and logs the new deadline.
 */
@Service
public class StatutoryClock {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintRepository complaints;
    private final ComplaintDeadlines deadlines;
    private final LevelPolicy levels;
    private final DeadlinePropagation propagation;
    private final ComplaintProperties properties;
    private final CaseEventLog events;
    private final ClockHistory history;
    private final java.time.Clock clock;

    StatutoryClock(ComplaintRepository complaints, ComplaintDeadlines deadlines, LevelPolicy levels,
                   DeadlinePropagation propagation, ComplaintProperties properties, CaseEventLog events,
                   ClockHistory history, java.time.Clock clock) {
        this.clock = clock;
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.levels = levels;
        this.propagation = propagation;
        this.properties = properties;
        this.events = events;
        this.history = history;
    }

    /** Refuses, before anything is written, an extension the case's regime does not allow, naming its article. */
    public void requireExtensible(Complaint complaint, Instant now) {
        ComplaintDeadlines.ReplyPeriods periods = deadlines.periods(complaint);
        ClockRules.extensionRefusal(complaint.isComplexCase(), complaint.isExtended(),
                        periods.days(complaint.isComplexCase(), complaint.isExtended()), periods.extension(), periods.max(),
                        now, complaint.getStatutoryDueBy())
                .ifPresent(why -> {
                    throw new ClockRuleViolation(periods.article(), why);
                });
    }

    /** Whether an approval decided now may still extend the case's statutory date (Art. 18). */
    boolean extensibleAt(String caseNumber, Instant decidedAt) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        return ClockRules.decidedInTime(decidedAt, complaint.getStatutoryDueBy());
    }

    /** An extension that moved nothing: refused by the approver, or approved too late. */
    void extensionRefused(String caseNumber, Instant at, String requestedBy, String approver, String why) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        history.beforeChange(complaint);
        history.record(complaint, ClockHistory.Kind.EXTENSION_REFUSED, at, requestedBy, approver, 0, why);
    }

    /** Recomputes the deadlines of a case whose clock fields or level just changed, and saves it. */
    @Transactional
    public Complaint recompute(Complaint complaint, String why) {
        return recompute(complaint, why, true);
    }

    /**
     * @param propagate false where the process is between handling scopes (grading, regrading): there
     *                  are no handling tasks or timers to move, and the timers of a scope being left are
     *                  deleted in the same transaction, so retiming them would conflict.
     */
    @Transactional
    public Complaint recompute(Complaint complaint, String why, boolean propagate) {
        return recompute(complaint, why, propagate, true);
    }

    private Complaint recompute(Complaint complaint, String why, boolean propagate, boolean includeInvestigation) {
        Integer target = complaint.getLevel() == null ? null : levels.forLevel(complaint.getLevel()).targetWorkingDays();
        Instant before = complaint.getReplyDueBy();
        complaint.setDeadlines(deadlines.compute(complaint, target));
        Complaint saved = complaints.save(complaint);
        if (propagate) {
            propagation.propagate(saved, includeInvestigation);
        }
        if (!saved.getReplyDueBy().equals(before)) {
            events.append(saved.getCaseNumber(), CaseEventType.DEADLINE_CHANGED, why + ": 答复期限 "
                    + SHOWN.format(saved.getReplyDueBy().atZone(properties.zone())) + "（法定 "
                    + SHOWN.format(saved.getStatutoryDueBy().atZone(properties.zone())) + "）");
        }
        return saved;
    }

    @Transactional
    public void classifyComplex(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        if (complaint.isComplexCase()) {
            return;
        }
        history.beforeChange(complaint);
        complaint.classifyComplex();
        events.append(caseNumber, CaseEventType.CLASSIFIED_COMPLEX, "复杂案件，法定期限延至"
                + deadlines.statutoryDays(complaint) + "日 (Art. 18)");
        // classified as the investigation completes: its own task and timer are ending
        Complaint saved = recompute(complaint, "复杂案件", true, false);
        history.record(saved, ClockHistory.Kind.COMPLEX, Instant.now(clock), events.currentActor(), null,
                deadlines.statutoryDays(saved), "复杂案件 (Art. 18)");
    }

    @Transactional
    void extend(String caseNumber, Instant at, String requestedBy, String approver, String note) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        history.beforeChange(complaint);
        complaint.extend();
        Complaint saved = recompute(complaint, "延期已批准");
        history.record(saved, ClockHistory.Kind.EXTENSION_GRANTED, at, requestedBy, approver,
                deadlines.periods(saved).extension(), note);
    }

    @Transactional
    public void pause(Complaint complaint, Instant at) {
        history.beforeChange(complaint);
        complaint.pause(at);
        Complaint saved = recompute(complaint, "计时暂停");
        history.record(saved, ClockHistory.Kind.PAUSED, at, events.currentActor(), null, null, "已告知投诉人 (PAUSE)");
    }

    /**
     * Ends the pause; it moves the deadlines by its whole days only (Art. 43): the pause counts from
     * its start for those days, the hours beyond them are not counted.
     */
    @Transactional
    public void resume(Complaint complaint, Instant at) {
        history.beforeChange(complaint);
        long days = ClockRules.countedPauseDays(java.time.Duration.between(complaint.getPausedSince(), at));
        complaint.resume(complaint.getPausedSince().plus(java.time.Duration.ofDays(days)));
        Complaint saved = recompute(complaint, "恢复计时");
        history.record(saved, ClockHistory.Kind.RESUMED, at, events.currentActor(), null, (int) days,
                "暂停整日数 " + days + " (Art. 43)，已告知投诉人 (PAUSE)");
    }

    @Transactional
    public Complaint restart(Complaint complaint, Instant at) {
        history.beforeChange(complaint);
        complaint.restartClock(at);
        Complaint saved = recompute(complaint, "新事实或理由，重新计时");
        history.record(saved, ClockHistory.Kind.RESTARTED, at, events.currentActor(), null, null, "新事实或理由 (Art. 18 ¶3)");
        return saved;
    }
}
