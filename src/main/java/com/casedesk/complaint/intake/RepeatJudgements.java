package com.casedesk.complaint.intake;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.complaint.intake.RepeatReviewProcess.Vars;
import com.casedesk.deadline.ServiceZone;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 18 ¶3: "new facts or reasons" restart the clock from their receipt. Whether a repeat's material is
 * new is a person's judgement, not a text difference: the handling group judges it in
 * {@code complaint-repeat-review}, and only a "yes" restarts the clock. Who judged, on which submission
 * and why is in the event log of both cases.
 */
@Service
class RepeatJudgements {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintRepository complaints;
    private final StatutoryClock statutoryClock;
    private final LevelPolicy levels;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;
    private final ServiceZone zone;

    RepeatJudgements(ComplaintRepository complaints, StatutoryClock statutoryClock, LevelPolicy levels,
                     RuntimeService runtimeService, CaseEventLog events, ServiceZone zone) {
        this.complaints = complaints;
        this.statutoryClock = statutoryClock;
        this.levels = levels;
        this.runtimeService = runtimeService;
        this.events = events;
        this.zone = zone;
    }

    /** The open case's handling group is asked to judge the repeat's material; the clock waits. */
    void ask(Complaint open, Complaint repeat, String actor) {
        String group = levels.forLevel(open.getLevel()).handlingGroup();
        events.append(open.getCaseNumber(), actor, CaseEventType.REPEAT_REVIEW_REQUESTED, "重复投诉 "
                + repeat.getCaseNumber() + " 含不同的请求或事实，待 " + group + " 认定是否属新事实或理由后决定是否重新计时 (Art. 18)");
        runtimeService.createProcessInstanceByKey(RepeatReviewProcess.KEY).businessKey(open.getCaseNumber())
                .setVariables(Variables.createVariables()
                        .putValue(Vars.CASE_NUMBER.name(), open.getCaseNumber())
                        .putValue(Vars.REPEAT_CASE_NUMBER.name(), repeat.getCaseNumber())
                        .putValue(Vars.REPEAT_RECEIVED_AT.name(), Date.from(repeat.getReceivedAt()))
                        .putValue(Vars.REPEAT_REQUEST.name(), repeat.getRequest())
                        .putValue(Vars.REPEAT_FACTS.name(), repeat.getFacts())
                        .putValue(Vars.HANDLING_GROUP.name(), group))
                .execute();
    }

    /**
     * Records the judgement on repeat {@code repeatNumber} of case {@code caseNumber}; new facts restart the
     * clock from the repeat's receipt while the case is open, unless it already restarted later.
     *
     * @param assignee who holds the task, for a completion without a logged-in caller
     */
    @Transactional
    void judge(String caseNumber, String repeatNumber, boolean newFacts, String reason, String assignee) {
        String judge = events.currentActor();
        if (CaseEventLog.SYSTEM.equals(judge) && assignee != null) {
            judge = assignee;
        }
        String detail = "认定重复投诉 " + repeatNumber + (newFacts ? " 含新事实或理由" : " 无新事实或理由") + "：" + reason;
        events.append(caseNumber, judge, CaseEventType.REPEAT_JUDGED, detail);
        events.append(repeatNumber, judge, CaseEventType.REPEAT_JUDGED, detail + "（并入 " + caseNumber + "）");
        Complaint open = complaints.getByCaseNumber(caseNumber);
        Complaint repeat = complaints.getByCaseNumber(repeatNumber);
        if (open.getStatus().isOpen()) {
            restartIfNew(open, repeat, newFacts, judge);
        }
    }

    /** Restarts the clock on a judgement already made (by {@link #judge}, or by staff linking the repeat). */
    boolean restartIfNew(Complaint open, Complaint repeat, boolean newFacts, String judge) {
        if (!RepeatRule.restartsClock(newFacts, repeat.getReceivedAt(), open.getClockStartedAt())) {
            return false;
        }
        events.append(open.getCaseNumber(), judge, CaseEventType.CLOCK_RESTARTED, "经 " + judge + " 认定重复投诉 "
                + repeat.getCaseNumber() + " 含新事实或理由，自 " + SHOWN.format(repeat.getReceivedAt().atZone(zone.zone()))
                + " 收到之日起重新计算期限 (Art. 18)");
        statutoryClock.restart(open, repeat.getReceivedAt());
        return true;
    }
}
