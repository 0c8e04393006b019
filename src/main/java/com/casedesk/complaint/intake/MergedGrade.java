package com.casedesk.complaint.intake;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.grading.GradingReasons;
import com.casedesk.complaint.grading.GradingRules;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A repeat can make the case more severe (now 25 joint complainants, a larger amount, a new flag): the
 * grading table is asked again for the case with the repeat merged in, and a higher grade is applied
 * through the regrade path a person uses ({@code ComplaintRegraded}), with the reason. Never downward.
 */
@Component
class MergedGrade {

    private final DecisionService decisions;
    private final RuntimeService runtimeService;
    private final CaseEventLog events;
    private final GradingReasons reasons;

    MergedGrade(DecisionService decisions, RuntimeService runtimeService, CaseEventLog events,
                GradingReasons reasons) {
        this.reasons = reasons;
        this.decisions = decisions;
        this.runtimeService = runtimeService;
        this.events = events;
    }

    /** @return whether the case was regraded */
    boolean raiseIfMoreSevere(Complaint open, Complaint repeat, String actor) {
        var input = RepeatRule.mergedGradingInput(ComplaintProcess.startVariables(open),
                ComplaintProcess.startVariables(repeat));
        var row = decisions.evaluateDecisionByKey(ComplaintProcess.GRADING_DECISION)
                .variables(Variables.fromMap(input)).evaluate().getSingleResult();
        GradingRules.Grade grade = reasons.grade(row == null ? null : row.getEntryMap(), input);
        if (open.getLevel() == null || !RepeatRule.raisesGrade(open.getLevel(), grade.level())) {
            return false;
        }
        String reason = "重复投诉 " + repeat.getCaseNumber() + " 并入后: " + grade.reason();
        boolean regraded = !runtimeService.createMessageCorrelation(ComplaintProcess.MESSAGE_REGRADED)
                .processInstanceBusinessKey(open.getCaseNumber())
                .setVariable(Vars.NEW_LEVEL.name(), grade.level())
                .setVariable(Vars.REGRADE_REASON.name(), reason)
                .correlateAllWithResult().isEmpty();
        if (!regraded) {
            events.append(open.getCaseNumber(), actor, CaseEventType.REGRADE_SUGGESTED, "应升级为" + grade.level()
                    + "级（" + reason + "），案件已不在处理阶段，请主管调整等级");
        }
        return regraded;
    }
}
