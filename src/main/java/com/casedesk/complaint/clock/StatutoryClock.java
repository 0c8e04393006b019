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

    StatutoryClock(ComplaintRepository complaints, ComplaintDeadlines deadlines, LevelPolicy levels,
                   DeadlinePropagation propagation, ComplaintProperties properties, CaseEventLog events) {
        this.complaints = complaints;
        this.deadlines = deadlines;
        this.levels = levels;
        this.propagation = propagation;
        this.properties = properties;
        this.events = events;
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
        complaint.classifyComplex();
        events.append(caseNumber, CaseEventType.CLASSIFIED_COMPLEX, "复杂案件，法定期限延至"
                + deadlines.statutoryDays(complaint) + "日 (Art. 18)");
        // classified as the investigation completes: its own task and timer are ending
        recompute(complaint, "复杂案件", true, false);
    }

    @Transactional
    void extend(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.extend();
        recompute(complaint, "延期已批准");
    }

    @Transactional
    public void pause(Complaint complaint, Instant at) {
        complaint.pause(at);
        recompute(complaint, "计时暂停");
    }

    @Transactional
    public void resume(Complaint complaint, Instant at) {
        complaint.resume(at);
        recompute(complaint, "恢复计时");
    }

    @Transactional
    public Complaint restart(Complaint complaint, Instant at) {
        complaint.restartClock(at);
        return recompute(complaint, "新事实或理由，重新计时");
    }
}
