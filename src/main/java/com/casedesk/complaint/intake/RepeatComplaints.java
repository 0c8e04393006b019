package com.casedesk.complaint.intake;

import com.casedesk.complaint.ComplaintSubmission;

import com.casedesk.complaint.CaseStateConflictException;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintDeadlines;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.complaint.clock.SendClockNoticeDelegate;
import com.casedesk.complaint.grading.GradingReasons;
import com.casedesk.complaint.grading.GradingRules;
import com.casedesk.complaint.LevelPolicy;
import com.casedesk.complaint.notice.NoticeChannels;
import com.casedesk.complaint.notice.NoticeProcess;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import com.casedesk.deadline.ServiceZone;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 18 ¶3: the same complaint made again while it is being handled is merged into the open case;
 * new facts or reasons restart the clock from their receipt once a person has judged them new
 * ({@link RepeatJudgements}), and a more severe merged case is regraded up ({@link MergedGrade}).
 *
 * <p>"The same complaint" is the same complainant — the same name <em>and</em> ID number — the same
 * category and the same unit. A phone number, an e-mail address or an ID number alone is known to
 * neighbours, colleagues and fraudsters, and a self-service submission needs no login, so matching on
 * them let a stranger write into another person's open case and read its number, level and deadline
 * (issue 13 §5). Whatever the service cannot recognise, staff link afterwards ({@link #link}).
 *
 * <p>A repeat keeps a ledger row of its own, with its own case number, status MERGED and the open case in
 * {@code mergedInto}; it is answered like a fresh case (its own number, the grade and deadline this
 * submission alone would have had), so the answer to an unauthenticated caller says nothing they did not
 * type. The complainant of record hears of the merge through the contact on file.
 */
@Component
class RepeatComplaints {

    private static final String NOT_LINKABLE = "已有处理结论的案件不可关联 Case no longer takes repeats";

    private final ComplaintRepository complaints;
    private final RepeatJudgements judgements;
    private final MergedGrade mergedGrade;
    private final ComplaintDeadlines deadlines;
    private final LevelPolicy levels;
    private final ComplaintClock clock;
    private final DecisionService decisions;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;
    private final ServiceZone zone;
    private final GradingReasons reasons;

    RepeatComplaints(ComplaintRepository complaints, RepeatJudgements judgements, MergedGrade mergedGrade,
                     ComplaintDeadlines deadlines,
                     LevelPolicy levels, ComplaintClock clock, DecisionService decisions, RuntimeService runtimeService,
                     CaseEventLog events, ServiceZone zone, GradingReasons reasons) {
        this.zone = zone;
        this.reasons = reasons;
        this.complaints = complaints;
        this.judgements = judgements;
        this.mergedGrade = mergedGrade;
        this.deadlines = deadlines;
        this.levels = levels;
        this.clock = clock;
        this.decisions = decisions;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /** What a staff link did, for the answer of {@code POST /api/complaints/{caseNumber}/repeats}. */
    record Link(String caseNumber, String linkedCaseNumber, boolean clockRestarted) {
    }

    Optional<Complaint> openRepeatOf(ComplaintSubmission s) {
        RepeatRule.Key submitted = RepeatRule.Key.of(s);
        if (!RepeatRule.identifiable(submitted)) {
            return Optional.empty();
        }
        String idNumber = submitted.idNumber();
        return complaints.findOpenRepeatOf(submitted.category(), submitted.unit(), submitted.name(),
                        idNumber.toUpperCase(Locale.ROOT), idNumber.toLowerCase(Locale.ROOT)).stream()
                .filter(open -> RepeatRule.mergesInto(open.getStatus(), RepeatRule.Key.of(open), submitted))
                .findFirst();
    }

    /**
     * Records the submission as receipt {@code receiptNumber}, merged into {@code open}, and adds it to the
     * open case. Returns the receipt's row.
     */
    Complaint mergeAtIntake(Complaint open, ComplaintSubmission s, String receiptNumber, Instant receivedAt,
                            String registeredBy) {
        String actor = registeredBy == null ? ComplaintIntake.COMPLAINANT : registeredBy;
        Complaint receipt = Complaint.register(receiptNumber, s, receivedAt, clock.replyDueBy(receivedAt), registeredBy);
        gradeAsFreshCase(receipt);
        receipt.mergeInto(open.getCaseNumber(), receivedAt);
        receipt = complaints.save(receipt);
        events.append(receiptNumber, actor, CaseEventType.RECEIVED, ComplaintIntake.receivedDetail(receipt, zone.zone()));
        events.append(receiptNumber, actor, CaseEventType.REPEAT_MERGED,
                "同一投诉人（姓名及身份证号相同）同一事项，已并入投诉 " + open.getCaseNumber() + " (Art. 18)");
        Complaint merged = addToOpenCase(open, receipt, actor, null);

        // The submitter's contact gets the receipt a fresh case gets, so that a stranger who typed a
        // victim's name and ID number with their own phone cannot tell a merge by the missing message;
        // the contact on file (the complainant of record) is told where it went, with the real deadline.
        // Both go out from a job, like every outside call (and like a fresh case's acknowledgement).
        if (!Objects.equals(NoticeChannels.forComplainant(receipt).recipient(),
                NoticeChannels.forComplainant(merged).recipient())) {
            notice(receiptNumber, Variables.createVariables()
                    .putValue(NoticeProcess.Vars.NOTICE_KIND.name(), SendClockNoticeDelegate.ACKNOWLEDGEMENT));
        }
        notice(merged.getCaseNumber(), Variables.createVariables()
                .putValue(NoticeProcess.Vars.NOTICE_KIND.name(), SendClockNoticeDelegate.REPEAT_MERGED)
                .putValue(NoticeProcess.Vars.REPEAT_CASE_NUMBER.name(), receiptNumber));
        return receipt;
    }

    /**
     * Staff judge that case {@code repeatNumber} is a repeat of the open case {@code caseNumber}: the repeat's
     * handling ends, its request and facts are added to the open case, and new facts restart its clock.
     */
    @Transactional
    Link link(String caseNumber, String repeatNumber) {
        if (caseNumber.equals(repeatNumber)) {
            throw new InvalidRequestException(List.of(new FieldProblem("caseNumber", "must name another case")));
        }
        Complaint open = complaints.getByCaseNumber(caseNumber);
        Complaint repeat = complaints.getByCaseNumber(repeatNumber);
        if (!linkable(open)) {
            throw new CaseStateConflictException(NOT_LINKABLE, "Only a case still being handled (no decision yet) takes a repeat;"
                    + " this one is " + open.getStatus() + ".");
        }
        if (!linkable(repeat)) {
            throw new CaseStateConflictException(NOT_LINKABLE, "Only a case still being handled (no decision yet) can be linked as a"
                    + " repeat; the linked case is " + repeat.getStatus() + ".");
        }
        String actor = events.currentActor();
        // every process of the case (handling, extension, notice) ends; called processes go with their parent.
        // No custom listeners: its tasks are neither completed nor reassigned, they end with the case.
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(repeatNumber).rootProcessInstances()
                .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "重复投诉，已并入 " + caseNumber,
                        true, true));
        repeat.mergeInto(caseNumber, clock.now());
        repeat = complaints.save(repeat);
        events.append(repeatNumber, actor, CaseEventType.REPEAT_MERGED, "经人工认定为重复投诉，已并入投诉 " + caseNumber
                + "，本案不再单独处理 (Art. 18)");
        Instant clockBefore = open.getClockStartedAt();
        Complaint merged = addToOpenCase(open, repeat, actor, actor);
        return new Link(caseNumber, repeatNumber, !Objects.equals(clockBefore, merged.getClockStartedAt()));
    }

    private void notice(String caseNumber, VariableMap variables) {
        runtimeService.createProcessInstanceByKey(NoticeProcess.KEY).businessKey(caseNumber)
                .setVariables(variables).execute();
    }

    private static boolean linkable(Complaint c) {
        return RepeatRule.linkable(c.getStatus(), c.getDecidedAt());
    }

    /**
     * The grade and deadline the submission would have had as a case of its own, from the same decision
     * table and level policy as a fresh case.
     */
    private void gradeAsFreshCase(Complaint receipt) {
        var facts = ComplaintProcess.startVariables(receipt);
        var row = decisions.evaluateDecisionByKey(ComplaintProcess.GRADING_DECISION)
                .variables(facts).evaluate().getSingleResult();
        GradingRules.Grade grade = reasons.grade(row == null ? null : row.getEntryMap(), facts);
        receipt.gradeAsReceipt(grade.level(), grade.reason(), grade.major());
        receipt.setDeadlines(deadlines.compute(receipt, levels.forLevel(grade.level()).targetWorkingDays()));
    }

    /**
     * The repeat's request and facts join the open case. Material none of the case's submissions said yet
     * (the latest included) goes to the handling group to judge before the clock restarts; staff who link a
     * repeat by hand have judged it themselves ({@code judgedBy}). A more severe merged case is regraded up.
     */
    private Complaint addToOpenCase(Complaint open, Complaint repeat, String actor, String judgedBy) {
        List<RepeatRule.Statement> known = complaints.findByMergedInto(open.getCaseNumber()).stream()
                .filter(earlier -> !earlier.getCaseNumber().equals(repeat.getCaseNumber()))
                .map(RepeatRule.Statement::of).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        known.add(0, RepeatRule.Statement.of(open));
        boolean newFacts = RepeatRule.hasNewFacts(known, RepeatRule.Statement.of(repeat));
        events.append(open.getCaseNumber(), actor, CaseEventType.REPEAT_MERGED, "重复投诉 " + repeat.getCaseNumber()
                + " 已合并，渠道 " + repeat.getChannel().label()
                + (newFacts ? "，新事实或理由: " + repeat.getRequest() + " / " + repeat.getFacts() : "，无新事实"));
        // a repeat linked late may have been received before the open case's clock last started
        if (RepeatRule.restartsClock(newFacts, repeat.getReceivedAt(), open.getClockStartedAt())) {
            runtimeService.createProcessInstanceQuery().processDefinitionKey(ComplaintProcess.KEY)
                    .processInstanceBusinessKey(open.getCaseNumber()).list()
                    .forEach(pi -> Vars.FACTS.set(runtimeService, pi.getId(),
                            Vars.FACTS.get(runtimeService, pi.getId()) + "\n\n【补充 " + repeat.getCaseNumber() + " "
                                    + repeat.getReceivedAt() + "】" + repeat.getRequest() + "\n" + repeat.getFacts()));
            if (judgedBy == null) {
                judgements.ask(open, repeat, actor);
            } else {
                judgements.restartIfNew(complaints.getByCaseNumber(open.getCaseNumber()), repeat, true, judgedBy);
            }
        }
        mergedGrade.raiseIfMoreSevere(complaints.getByCaseNumber(open.getCaseNumber()), repeat, actor);
        return complaints.getByCaseNumber(open.getCaseNumber());
    }
}
