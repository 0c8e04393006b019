package com.casedesk.complaint.guard;

import static com.casedesk.casefile.RequiredInputs.task;

import com.casedesk.casefile.RequiredInputs;
import com.casedesk.casefile.RequiredInputs.Choice;
import com.casedesk.casefile.RequiredInputs.Field;
import com.casedesk.casefile.RequiredInputs.Input;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.ComplaintProcess.Elements;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.grading.ResponsibleDepartment;
import com.casedesk.complaint.intake.RepeatReviewProcess;
import com.casedesk.complaint.notice.NoticeFailureProcess;
import com.casedesk.complaint.review.ReviewOutcome;
import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.complaint.stuck.StuckCaseProcess;
import com.casedesk.process.TaskAction.TaskFacts;
import com.casedesk.process.TaskInputRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The text the complaint forms require, checked before a person's complete runs (process/TaskInputGuard):
 * an empty note is a 400 naming the field on both engine REST APIs and in Tasklist, not the 500 the
 * engine makes of the listener's refusal. The listeners check the same again for the service's calls.
 * Only fields every completion of the task requires are here; the limits are the listeners'. A choice
 * (select, radio, yes/no) must be one of the form's values, as its listener reads it.
 */
@Component
class ComplaintInputRules implements TaskInputRule {

    private static final Field SUPERVISION_NOTE = new Field(Vars.SUPERVISION_NOTE, "督办意见 Supervision note", 2000);
    private static final Choice INVESTIGATION_GROUP = new Choice(Vars.INVESTIGATION_GROUP,
            "调查部门 Investigating department", Set.copyOf(ResponsibleDepartment.INVESTIGATION_GROUPS), true);

    /** Task (process key / activity) → the fields its form requires, as its listener reads them. */
    static final Map<String, List<Input>> REQUIRED = Map.ofEntries(
            task(NoticeFailureProcess.KEY, NoticeFailureProcess.Elements.HANDLE,
                    new Field(NoticeFailureProcess.Vars.NOTE, "处理意见 Action taken", 2000)),
            task(ComplaintProcess.KEY, Elements.APPROVE_COMPENSATION,
                    Choice.yesNo(Vars.COMPENSATION_APPROVED, "审批结果 Approval"),
                    new Field(Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000)),
            task(ExtensionProcess.KEY, ExtensionProcess.Elements.APPROVE,
                    Choice.yesNo(ExtensionProcess.Vars.APPROVED, "审批结果 Approval"),
                    new Field(ExtensionProcess.Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000)),
            task(ExtensionProcess.KEY, ExtensionProcess.Elements.APPROVE_INVESTIGATION,
                    Choice.yesNo(ExtensionProcess.Vars.APPROVED, "审批结果 Approval"),
                    new Field(ExtensionProcess.Vars.APPROVAL_NOTE, "审批意见 Approval note", 2000)),
            task(ReviewProcess.KEY, ReviewProcess.Elements.REVIEW,
                    Choice.of(ReviewProcess.Vars.OUTCOME, "核查结论 Review outcome", ReviewOutcome.class),
                    new Field(ReviewProcess.Vars.OPINION, "核查意见 Review opinion", 4000)),
            task(ReviewProcess.KEY, ReviewProcess.Elements.SUPERVISE, SUPERVISION_NOTE),
            task(ComplaintProcess.KEY, Elements.SUPERVISE, SUPERVISION_NOTE),
            task(ComplaintProcess.KEY, Elements.SUPERVISE_STATUTORY_BREACH, SUPERVISION_NOTE),
            task(ComplaintProcess.KEY, Elements.HAND_OVER, new Field(Vars.HANDOVER_NOTE, "移交说明 Hand-over note", 2000)),
            task(ComplaintProcess.KEY, Elements.FORWARD, new Field(Vars.FORWARD_NOTE, "提交说明 Forwarding note", 2000)),
            task(ComplaintProcess.KEY, Elements.REPORT_PROGRESS,
                    new Field(Vars.PROGRESS_NOTE, "进度汇报 Progress note", 2000)),
            task(ComplaintProcess.KEY, Elements.INVESTIGATE, new Field(Vars.FINDINGS, "调查核实情况 Findings", 4000),
                    Choice.of(Vars.ROOT_CAUSE, "原因分析 Root cause", RootCause.class)),
            // A decision from before the form asked for the measure has none: the listener takes it as absent.
            task(ComplaintProcess.KEY, Elements.DECIDE, Choice.of(Vars.RESULT, "处理结果 Result", DecisionResult.class),
                    Choice.of(Vars.MEASURE, "处理方式 Measure", DecisionMeasure.class).optional(),
                    new Field(Vars.RESOLUTION, "处理意见及依据 Resolution and grounds", 4000)),
            // resolved on the spot: the result, its grounds and the root cause; otherwise on to investigation
            task(ComplaintProcess.KEY, Elements.FRONTLINE_RESOLVE,
                    Choice.yesNo(Vars.RESOLVED_ON_SPOT, "处理方式 Resolved on the spot?"),
                    Choice.of(Vars.RESULT, "处理结果 Result", DecisionResult.class).requiredWhen(Vars.RESOLVED_ON_SPOT, "true"),
                    Choice.of(Vars.ROOT_CAUSE, "原因分析 Root cause", RootCause.class)
                            .requiredWhen(Vars.RESOLVED_ON_SPOT, "true"),
                    new Field(Vars.RESOLUTION, "处理意见及依据 Resolution and grounds", 4000)
                            .requiredWhen(Vars.RESOLVED_ON_SPOT, "true")),
            task(ComplaintProcess.KEY, Elements.ORGANISE, INVESTIGATION_GROUP),
            task(ComplaintProcess.KEY, Elements.MEETING, INVESTIGATION_GROUP, new Field(Vars.PLAN_OWNERS, "负责人 Owners", 500),
                    new Field(Vars.PLAN_MILESTONES, "里程碑 Milestones", 2000)),
            task(ComplaintProcess.KEY, Elements.REVIEW_UNSATISFIED,
                    new Choice(Vars.SUPERVISOR_OUTCOME, "主管决定 Supervisor's decision", Set.of("REHANDLE", "CLOSE"), true),
                    new Field(Vars.SUPERVISOR_NOTE, "主管意见 Supervisor note", 2000)),
            task(ComplaintProcess.KEY, Elements.CALLBACK, new Choice(Vars.CALLBACK_OUTCOME, "回访结果 Callback outcome",
                    Set.of(CallbackOutcome.SATISFIED, CallbackOutcome.UNSATISFIED, CallbackOutcome.UNREACHABLE), true)),
            task(StuckCaseProcess.EXCEPTION_KEY, StuckCaseProcess.Elements.HANDLE_EXCEPTION,
                    new Field(StuckCaseProcess.Vars.EXCEPTION_NOTE, "处理意见 Action taken", 2000)),
            task(RepeatReviewProcess.KEY, RepeatReviewProcess.Elements.JUDGE,
                    Choice.yesNo(RepeatReviewProcess.Vars.FACTS_NEW, "是否属于新的事实或理由 New facts or reasons?"),
                    new Field(RepeatReviewProcess.Vars.JUDGEMENT_REASON, "认定理由 Reason", 2000)));

    @Override
    public void check(TaskFacts task, Map<String, Object> submitted) {
        RequiredInputs.check(REQUIRED, task, submitted);
    }
}
