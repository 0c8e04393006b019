package com.casedesk.complaint.actions;

import com.casedesk.complaint.CaseStateConflictException;
import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.ClockPauseRepository;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.ComplaintExtensionRepository;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.clock.InvestigationClock;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.complaint.grading.GradingRules;
import com.casedesk.complaint.intake.IntakeReceipt;
import com.casedesk.complaint.notice.NoticeProcess;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff do to a running complaint from outside its tasks: withdrawal, regrading, clock pauses
 * and extension requests. Each checks the case's state and answers 409 when it does not fit.
 */
@Service
public class ComplaintActions {


    private final ComplaintRepository complaints;
    private final ClockPauseRepository pauses;
    private final ComplaintExtensionRepository extensions;
    private final StatutoryClock statutoryClock;
    private final ComplaintClock clock;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;
    private final org.camunda.bpm.engine.TaskService taskService;
    private final InvestigationClock investigationClock;

    ComplaintActions(ComplaintRepository complaints, ClockPauseRepository pauses,
                     ComplaintExtensionRepository extensions, StatutoryClock statutoryClock,
                     ComplaintClock clock,
                     RuntimeService runtimeService, CaseEventLog events, org.camunda.bpm.engine.TaskService taskService,
                     InvestigationClock investigationClock) {
        this.taskService = taskService;
        this.investigationClock = investigationClock;
        this.complaints = complaints;
        this.pauses = pauses;
        this.extensions = extensions;
        this.statutoryClock = statutoryClock;
        this.clock = clock;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /** Art. 15: handling ends on the day the withdrawal is received. */
    @Transactional
    public IntakeReceipt withdraw(String caseNumber, String reason, Instant receivedAt) {
        Complaint complaint = open(caseNumber);
        Instant at = Withdrawal.receivedAt(receivedAt, complaint.getReceivedAt(), clock.now());
        correlate(caseNumber, ComplaintProcess.MESSAGE_WITHDRAWN, Variables.createVariables()
                .putValue(Vars.WITHDRAWAL_REASON.name(), reason)
                .putValue(Vars.WITHDRAWAL_RECEIVED_AT.name(), Date.from(at)),
                "无可撤回的处理 No handling to withdraw from", "The complaint has no running handling to withdraw from.");
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ExtensionProcess.KEY)
                .processInstanceBusinessKey(caseNumber).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "complaint withdrawn"));
        return IntakeReceipt.of(complaints.getByCaseNumber(caseNumber));
    }

    /** A person changes the level with a reason; the case moves to the new level's path. */
    @Transactional
    public IntakeReceipt regrade(String caseNumber, int level, String reason) {
        Complaint complaint = open(caseNumber);
        GradingRules.requireNewLevel(complaint.getLevel(), level);
        correlate(caseNumber, ComplaintProcess.MESSAGE_REGRADED, Variables.createVariables()
                .putValue(Vars.NEW_LEVEL.name(), level)
                .putValue(Vars.REGRADE_REASON.name(), reason),
                "当前阶段不可调级 Regrading not possible now", "A complaint can be regraded only while it is being investigated or decided.");
        return IntakeReceipt.of(complaints.getByCaseNumber(caseNumber));
    }

    /** Outside appraisal or mediation: the time does not count (Art. 18 ¶2, 23); the complainant is told. */
    @Transactional
    public ClockPause pause(String caseNumber, ClockPause.Kind kind, String reason) {
        Complaint complaint = open(caseNumber);
        if (complaint.isPaused()) {
            throw new CaseStateConflictException("时钟已暂停 Clock already paused", "The clock of this complaint is already paused.");
        }
        Instant now = clock.now();
        ClockPause pause = pauses.save(new ClockPause(null, caseNumber, kind, reason, now, events.currentActor(), null, null));
        statutoryClock.pause(complaint, now);
        events.append(caseNumber, CaseEventType.CLOCK_PAUSED, kind.label() + ": " + reason);
        tellComplainant(caseNumber, "PAUSE", pause.id());
        return pause;
    }

    @Transactional
    public ClockPause resume(String caseNumber) {
        Complaint complaint = open(caseNumber);
        ClockPause running = pauses.findRunning(caseNumber)
                .orElseThrow(() -> new CaseStateConflictException("时钟未暂停 Clock not paused",
                        "The clock of this complaint is not paused."));
        Instant now = clock.now();
        ClockPause ended = pauses.save(running.end(now, events.currentActor()));
        statutoryClock.resume(complaint, now);
        events.append(caseNumber, CaseEventType.CLOCK_RESUMED, running.kind().label() + "结束，暂停 "
                + java.time.Duration.between(running.startedAt(), now).toMinutes() + " 分钟");
        tellComplainant(caseNumber, "RESUMED", ended.id());
        return ended;
    }

    /** Art. 18: a further 30 days needs senior management's approval; the request starts that approval. */
    @Transactional
    public ComplaintExtension requestExtension(String caseNumber, String reason) {
        Complaint complaint = open(caseNumber);
        // complex cases only, +30 and 60 days at most, before the statutory date: refused with the article (422)
        statutoryClock.requireExtensible(complaint, clock.now());
        return startApproval(complaint, ComplaintExtension.Kind.STATUTORY, null, reason, complaint.getReplyDueBy());
    }

    /** 002 §4.1: more working days for the investigation, approved by a department head, within the level's maximum. */
    @Transactional
    public ComplaintExtension requestInvestigationExtension(String caseNumber, int workingDays, String reason) {
        Complaint complaint = open(caseNumber);
        boolean investigating = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ComplaintProcess.Elements.INVESTIGATE).count() > 0;
        if (!investigating) {
            throw new CaseStateConflictException("不在调查阶段 Not being investigated", "The complaint is not being investigated.");
        }
        if (workingDays > investigationClock.remainingExtension(complaint)) {
            throw new CaseStateConflictException("调查延期超过上限 Investigation extension over the maximum",
                    "The investigation can be extended by at most "
                    + investigationClock.remainingExtension(complaint) + " more working days at this level.");
        }
        return startApproval(complaint, ComplaintExtension.Kind.INVESTIGATION, workingDays, reason,
                complaint.getInvestigationDueBy() == null ? complaint.getReplyDueBy() : complaint.getInvestigationDueBy());
    }

    private ComplaintExtension startApproval(Complaint complaint, ComplaintExtension.Kind kind, Integer workingDays,
                                             String reason, Instant approveBy) {
        String caseNumber = complaint.getCaseNumber();
        if (extensions.findByCaseNumberOrderById(caseNumber).stream()
                .anyMatch(e -> e.kind() == kind && e.status() == ComplaintExtension.Status.PENDING)) {
            throw new CaseStateConflictException("延期申请待审批 Extension request already waiting",
                    "An extension request of this kind is already waiting for approval.");
        }
        String requestedBy = events.currentActor();
        ComplaintExtension extension = extensions.save(new ComplaintExtension(null, caseNumber, kind, workingDays, reason,
                requestedBy, clock.now(), ComplaintExtension.Status.PENDING, null, null, null));
        var request = Variables.createVariables()
                .putValue(ExtensionProcess.Vars.EXTENSION_ID.name(), extension.id())
                .putValue(ExtensionProcess.Vars.EXTENSION_KIND.name(), kind.name())
                .putValue(ExtensionProcess.Vars.EXTENSION_DAYS.name(), workingDays)
                .putValue(ExtensionProcess.Vars.APPROVER_GROUP.name(), kind.approverGroup())
                .putValue(ExtensionProcess.Vars.EXTENSION_REASON.name(), reason)
                .putValue(ExtensionProcess.Vars.REQUESTED_BY.name(), requestedBy);
        if (handlingCallsExtension(caseNumber)) {
            // the model calls complaint-extension itself (Cockpit shows the approval under the case)
            runtimeService.createMessageCorrelation(ComplaintProcess.MESSAGE_EXTENSION_REQUESTED)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariablesToTriggeredScope(request.putValue(Vars.EXTENSION_APPROVE_BY.name(),
                            Date.from(approveBy)))
                    .correlate();
        } else {
            // a case still running on a model version before the extension event sub-process
            runtimeService.createProcessInstanceByKey(ExtensionProcess.KEY).businessKey(caseNumber)
                    .setVariables(request
                            .putValue(Vars.CASE_NUMBER.name(), caseNumber)
                            .putValue(Vars.REPLY_DUE_BY.name(), Date.from(approveBy)))
                    .execute();
        }
        events.append(caseNumber, CaseEventType.EXTENSION_REQUESTED, (kind == ComplaintExtension.Kind.INVESTIGATION
                ? "调查期限延长 " + workingDays + " 个工作日: " : "答复期限延长: ") + reason);
        return extension;
    }

    /** Whether the case's handling instance is of a version whose event sub-process calls complaint-extension. */
    private boolean handlingCallsExtension(String caseNumber) {
        return runtimeService.createExecutionQuery().processInstanceBusinessKey(caseNumber)
                .messageEventSubscriptionName(ComplaintProcess.MESSAGE_EXTENSION_REQUESTED).count() > 0;
    }

    private Complaint open(String caseNumber) {
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        if (!complaint.getStatus().isOpen()) {
            throw new CaseStateConflictException("案件已办结 Case no longer open", "The complaint is " + complaint.getStatus() + ".");
        }
        return complaint;
    }

    private void correlate(String caseNumber, String message, java.util.Map<String, Object> variables, String rule,
                           String notPossible) {
        try {
            // only complaint-handling declares these messages, so the business key finds its instance
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(caseNumber)
                    .setVariables(variables)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new CaseStateConflictException(rule, notPossible);
        }
    }

    /** Notices go out from a job, like every outside call: a channel that is down becomes an incident. */
    private void tellComplainant(String caseNumber, String kind, Long pauseId) {
        runtimeService.createProcessInstanceByKey(NoticeProcess.KEY).businessKey(caseNumber)
                .setVariables(Variables.createVariables().putValue(NoticeProcess.Vars.NOTICE_KIND.name(), kind)
                        .putValue(NoticeProcess.Vars.PAUSE_ID.name(), pauseId))
                .execute();
    }
}
