package com.casedesk.complaint.handling;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.RootCause;
import com.casedesk.complaint.access.FourEyes;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import com.casedesk.notification.Notifications;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What the handling steps change in the complaint ledger — findings, decision, callback, rounds,
 * escalation, withdrawal, close — each with its event in the case's log. The rules are
 * {@link HandlingRules}; the model's listeners and delegates call one method each.
 */
@Component
class Handling {

    private final ComplaintRepository complaints;
    private final ComplaintClock clock;
    private final StatutoryClock statutoryClock;
    private final CaseEventLog events;
    private final Notifications notifications;
    private final ComplaintNotices notices;
    private final RoundCallbacks roundCallbacks;

    Handling(ComplaintRepository complaints, ComplaintClock clock, StatutoryClock statutoryClock, CaseEventLog events,
             Notifications notifications, ComplaintNotices notices, RoundCallbacks roundCallbacks) {
        this.complaints = complaints;
        this.clock = clock;
        this.statutoryClock = statutoryClock;
        this.events = events;
        this.notifications = notifications;
        this.notices = notices;
        this.roundCallbacks = roundCallbacks;
    }

    /** The reply deadline passed without a decision: counted and logged. */
    void escalated(String caseNumber, String escalationGroup) {
        complaints.recordEscalation(caseNumber);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.ESCALATED, "答复期限届满未决，升级至 " + escalationGroup);
    }

    /** Findings and root cause; a case the investigator found complex gets the longer statutory period. */
    void findings(String caseNumber, String findings, RootCause rootCause, boolean complex) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.recordFindings(findings, rootCause.name());
        complaints.save(complaint);
        events.append(caseNumber, CaseEventType.FINDINGS_RECORDED, "原因 " + rootCause + ": " + findings);
        if (complex) {
            statutoryClock.classifyComplex(caseNumber);
        }
    }

    /** 处理决定, by the person completing the task; a later approval or review must be someone else's. */
    void decide(String caseNumber, HandlingRules.Decision decision) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.recordDecision(decision.result(), decision.measure(), decision.resolution(), decision.compensation(),
                clock.now(), events.currentActor());
        complaints.save(complaint);
        events.append(caseNumber, CaseEventType.DECISION_RECORDED, HandlingRules.decisionDetail(decision));
    }

    void resolvedOnSpot(String caseNumber, HandlingRules.OnSpot onSpot) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        HandlingRules.resolveOnSpot(complaint, onSpot, clock.now(), events.currentActor());
        complaints.save(complaint);
        events.append(caseNumber, CaseEventType.FINDINGS_RECORDED, HandlingRules.ON_SPOT_FINDINGS);
        events.append(caseNumber, CaseEventType.DECISION_RECORDED,
                onSpot.result().label() + " (" + onSpot.result() + ")，当场解决");
        if (onSpot.satisfied()) {
            roundCallbacks.record(caseNumber, complaint.getHandlingRound(), CallbackOutcome.SATISFIED, clock.now(),
                    events.currentActor());
            events.append(caseNumber, CaseEventType.CALLBACK_RECORDED, CallbackOutcome.SATISFIED + ": 客户当场表示满意");
            // the decision was told face to face and the case closes without a written notice:
            // the outbox keeps what was told, when and by whom, as the proof of notice (Art. 21)
            var told = notifications.recordInPerson(caseNumber, NoticePurpose.DECISION, events.currentActor(),
                    notices.decision(complaint, NotificationChannel.IN_PERSON).body());
            events.append(caseNumber, CaseEventType.DECISION_NOTIFIED, "当场告知处理结果 (outbox " + told.id() + ")");
        }
    }

    void callback(String caseNumber, String outcome, String note) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.recordCallback(HandlingRules.callbackOutcome(outcome));
        complaints.save(complaint);
        roundCallbacks.record(caseNumber, complaint.getHandlingRound(), outcome, clock.now(), events.currentActor());
        events.append(caseNumber, CaseEventType.CALLBACK_RECORDED, HandlingRules.withNote(outcome, note));
    }

    /** A new round after an unsatisfied callback; returns its number. */
    int reopen(String caseNumber, String handlingGroup) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        int round = HandlingRules.reopen(complaint, handlingGroup);
        complaints.save(complaint);
        events.append(caseNumber, CaseEventType.REOPENED, "客户不满意，第" + round + "轮处理 (round " + round + ")");
        return round;
    }

    void close(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.close(clock.now());
        complaints.save(complaint);
        events.append(caseNumber, CaseEventType.CLOSED, "结案，回访结果 " + complaint.getCallbackOutcome());
    }

    /** Handling ends on the day the withdrawal is received (Art. 15). */
    void withdrawn(String caseNumber, Instant receivedAt, String reason) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        complaint.withdraw(receivedAt, reason);
        complaints.save(complaint);
        events.append(caseNumber, CaseEventType.WITHDRAWN, "投诉人撤诉: " + reason);
    }

    /** Four-eyes on a compensation approval: {@code approver} (null for the service itself) did not decide it. */
    void requireNotDecider(String caseNumber, String approver, String taskName) {
        FourEyes.require(taskName, approver, complaints.getByCaseNumber(caseNumber).getDecidedBy(), "decider");
    }

    /** The same, for whoever is completing the approval now. */
    void requireNotDecider(String caseNumber, String taskName) {
        requireNotDecider(caseNumber, events.currentActor(), taskName);
    }

    void compensationReviewed(String caseNumber, boolean approved, String note) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        events.append(caseNumber, approved ? CaseEventType.COMPENSATION_APPROVED : CaseEventType.COMPENSATION_REJECTED,
                "赔偿 " + complaint.getCompensationAmount() + " 元: " + note);
    }
}
