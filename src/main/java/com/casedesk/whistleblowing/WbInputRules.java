package com.casedesk.whistleblowing;

import static com.casedesk.casefile.RequiredInputs.task;

import com.casedesk.casefile.RequiredInputs;
import com.casedesk.casefile.RequiredInputs.Choice;
import com.casedesk.casefile.RequiredInputs.Field;
import com.casedesk.casefile.RequiredInputs.Input;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRefused;
import com.casedesk.process.TaskInputRule;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The text the whistleblowing forms require, checked before a person's complete runs
 * (process/TaskInputGuard): an empty note is a 400 naming the field, not the engine's 500 around the
 * listener's refusal. Asked only for someone who may work the task, so it tells nobody else anything.
 * The listeners check the same again (WbInput) for the service's own calls.
 */
@Component
class WbInputRules implements TaskInputRule {

    private static final Field ESCALATION_NOTE = new Field(Vars.ESCALATION_NOTE, "督办措施 Escalation note", 2000);

    /** Task (process key / activity) → the fields its form requires, as its listener reads them. */
    static final Map<String, List<Input>> REQUIRED = Map.ofEntries(
            // the fields of one answer are required only when it is chosen (the form shows them then only)
            task(WbProcess.KEY, Elements.ASSESS,
                    Choice.of(Vars.AUTHENTICITY, "真实性 Authenticity", Admissibility.Authenticity.class),
                    Choice.of(Vars.URGENCY, "紧急程度 Urgency", Admissibility.Urgency.class),
                    Choice.of(Vars.ADMISSIBILITY, "是否受理 Admissibility", AdmissibilityOutcome.class),
                    Choice.of(Vars.REFUSAL_REASON, "不予受理理由 Refusal reason", AdmissibilityRefusal.class)
                            .requiredWhen(Vars.ADMISSIBILITY, AdmissibilityOutcome.REFUSED.name()),
                    new Field(Vars.SUPPLEMENT_REQUEST, "请举报人补充 Supplement request", 2000)
                            .requiredWhen(Vars.ADMISSIBILITY, AdmissibilityOutcome.SUPPLEMENT.name())),
            task(WbProcess.KEY, Elements.INVESTIGATE,
                    Choice.of(Vars.INVESTIGATION_OUTCOME, "本次提交 Outcome", InvestigationOutcome.class),
                    new Field(Vars.OPINION, "书面调查意见 Written opinion", 8000)
                            .requiredWhen(Vars.INVESTIGATION_OUTCOME, InvestigationOutcome.OPINION.name()),
                    new Field(Vars.EXTENSION_REASON, "延期理由 Extension reason", 2000)
                            .requiredWhen(Vars.INVESTIGATION_OUTCOME, InvestigationOutcome.EXTENSION.name()),
                    new Field(Vars.CONFLICT_NOTE, "利益冲突说明 Conflict of interest", 2000)
                            .requiredWhen(Vars.INVESTIGATION_OUTCOME, InvestigationOutcome.CONFLICT.name())),
            task(WbProcess.KEY, Elements.DECIDE, Choice.of(Vars.DECISION, "处理决定 Decision", CommitteeDecision.class),
                    new Field(Vars.DECISION_REASON, "决定理由 Reasoning", 4000),
                    new Field(Vars.FEEDBACK_TEXT, "给举报人的反馈 Feedback to the reporter", 2000)),
            task(WbNoticeFailureProcess.KEY, WbNoticeFailureProcess.Elements.HANDLE,
                    new Field(WbNoticeFailureProcess.Vars.NOTE, "处理意见 Action taken", 2000)),
            task(WbProcess.KEY, Elements.SUMMARY, new Field(Vars.ROOT_CAUSE, "根本原因 Root cause", 4000),
                    new Field(Vars.CONTROL_FIXES, "内控整改措施 Control fixes", 4000)),
            task(WbProcess.KEY, Elements.REFER, new Field(Vars.REFERRAL_AUTHORITY, "接收机关 Authority", 200),
                    new Field(Vars.REFERRAL_NOTE, "移送情况 Referral note", 2000)),
            task(WbProcess.KEY, Elements.APPROVE_EXTENSION,
                    Choice.yesNo(Vars.EXTENSION_APPROVED, "审批结果 Approval"), new Field(Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000)),
            task(WbProcess.KEY, Elements.ESCALATE, ESCALATION_NOTE),
            task(WbProcess.KEY, Elements.ESCALATE_ASSESSMENT, ESCALATION_NOTE),
            task(WbProcess.KEY, Elements.ESCALATE_FEEDBACK, ESCALATION_NOTE),
            task(WbProcess.KEY, Elements.PROTECTION_CHECK,
                    Choice.of(Vars.RETALIATION_RISK, "打击报复风险 Retaliation risk", RetaliationRisk.class),
                    new Field(Vars.PROTECTION_NOTE, "回访情况及保护措施 Follow-up note", 2000)));

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        RequiredInputs.check(REQUIRED, task, submitted);
        if (RequiredInputs.is(task, WbProcess.KEY, Elements.ASSESS)
                && AdmissibilityOutcome.ADMITTED.name().equals(value(task, submitted, Vars.ADMISSIBILITY.name()))
                && Admissibility.Authenticity.NOT_CREDIBLE.name().equals(value(task, submitted, Vars.AUTHENTICITY.name()))) {
            throw new TaskInputRefused(Vars.ADMISSIBILITY.name(), "受理条件 Admission: 真实性「不可信」的举报不能受理"
                    + " a report assessed as NOT_CREDIBLE cannot be admitted (refuse it or ask for a supplement)");
        }
    }

    private static String value(TaskFacts task, Map<String, Object> submitted, String name) {
        Object value = submitted.containsKey(name) ? submitted.get(name) : task.variable(name);
        return value == null ? null : value.toString();
    }
}
