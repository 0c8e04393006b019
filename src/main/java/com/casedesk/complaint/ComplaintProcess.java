package com.casedesk.complaint;

import com.casedesk.process.ProcessVariable;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Names shared by the model {@code processes/complaint/complaint-handling.bpmn}, its delegates and
 * its tests. A renamed element or variable is changed here once.
 */
public final class ComplaintProcess {

    public static final String KEY = "complaint-handling";
    public static final String GRADING_DECISION = "complaint-grading";
    public static final String DEPARTMENT_DECISION = "complaint-department";
    public static final String MESSAGE_REGRADED = "ComplaintRegraded";
    public static final String MESSAGE_WITHDRAWN = "ComplaintWithdrawn";
    /** From version 6: an extension request starts the event sub-process that calls complaint-extension. */
    public static final String MESSAGE_EXTENSION_REQUESTED = "ComplaintExtensionRequested";

    public static final class Elements {
        public static final String START = "StartEvent_ComplaintRegistered";
        public static final String GRADE = "Task_GradeComplaint";
        public static final String APPLY_GRADE = "Task_ApplyGrade";
        public static final String ACKNOWLEDGE = "Task_AcknowledgeComplainant";
        public static final String ACKNOWLEDGED = "EndEvent_Acknowledged";
        public static final String HANDLING = "SubProcess_Handling";
        // level paths (002 §3), at the start of every handling round
        public static final String LEVEL_PATH = "Gateway_LevelPath";
        public static final String FRONTLINE_RESOLVE = "Task_FrontlineResolve";
        public static final String RESOLVED_ON_SPOT_GATEWAY = "Gateway_ResolvedOnSpot";
        public static final String RESOLVED_ON_SPOT = "EndEvent_ResolvedOnSpot";
        public static final String HAND_OVER = "Task_HandOver";
        public static final String HANDOVER_OVERDUE_TIMER = "Timer_HandoverOverdue";
        public static final String NOTIFY_HANDOVER_OVERDUE = "Task_NotifyHandoverOverdue";
        public static final String HANDOVER_OVERDUE_NOTIFIED = "EndEvent_HandoverOverdueNotified";
        public static final String ORGANISE = "Task_OrganiseInvestigation";
        public static final String NOTIFY_DEPARTMENT_HEAD = "Task_NotifyDepartmentHead";
        public static final String FORWARD = "Task_ForwardToLeadership";
        public static final String FORWARD_OVERDUE_TIMER = "Timer_ForwardOverdue";
        public static final String AUTO_FORWARD = "Task_AutoForward";
        public static final String MERGE_FORWARDED = "Gateway_MergeForwarded";
        public static final String MEETING = "Task_EmergencyMeeting";
        public static final String MEETING_OVERDUE_TIMER = "Timer_MeetingOverdue";
        public static final String NOTIFY_MEETING_OVERDUE = "Task_NotifyMeetingOverdue";
        public static final String MEETING_OVERDUE_NOTIFIED = "EndEvent_MeetingOverdueNotified";
        public static final String SPLIT_PROGRESS = "Gateway_SplitProgress";
        public static final String MERGE_PROGRESS = "Gateway_MergeProgress";
        public static final String PROGRESS_TIMER = "Timer_ProgressDue";
        public static final String REPORT_PROGRESS = "Task_ReportProgress";
        public static final String MERGE_INVESTIGATE = "Gateway_MergeInvestigate";
        public static final String INVESTIGATE = "Task_Investigate";
        public static final String DECIDE = "Task_Decide";
        /** Terminate end event: a decision ends the handling scope, progress reports included. */
        public static final String DECIDED = "EndEvent_Decided";
        public static final String ON_SPOT_GATEWAY = "Gateway_OnSpot";
        public static final String REMINDER_TIMER = "Timer_ReplyReminder";
        public static final String REMIND = "Task_RemindHandler";
        public static final String REMINDED = "EndEvent_Reminded";
        public static final String DEADLINE_TIMER = "Timer_ReplyDeadline";
        public static final String SUPERVISE = "Task_SuperviseOverdue";
        public static final String ESCALATION_HANDLED = "EndEvent_EscalationHandled";
        /** The statute watched beside an earlier company target (Art. 18), from version 7. */
        public static final String STATUTORY_REMINDER_TIMER = "Timer_StatutoryReminder";
        public static final String REMIND_STATUTORY = "Task_RemindStatutory";
        public static final String STATUTORY_REMINDED = "EndEvent_StatutoryReminded";
        public static final String STATUTORY_DEADLINE_TIMER = "Timer_StatutoryDeadline";
        public static final String SUPERVISE_STATUTORY_BREACH = "Task_SuperviseStatutoryBreach";
        public static final String STATUTORY_BREACH_HANDLED = "EndEvent_StatutoryBreachHandled";
        public static final String SEND_DECISION = "Task_SendDecisionNotice";
        public static final String CALLBACK = "Task_SatisfactionCallback";
        public static final String SATISFIED_GATEWAY = "Gateway_Satisfied";
        public static final String REOPEN = "Task_ReopenHandling";
        public static final String CLOSE = "Task_CloseCase";
        public static final String CLOSED = "EndEvent_Closed";
        public static final String MAJOR_GATEWAY = "Gateway_Major";
        public static final String REPORT_MAJOR = "Task_ReportMajorComplaint";
        public static final String MAJOR_REPORTED = "EndEvent_MajorReported";
        public static final String NOT_MAJOR = "EndEvent_NotMajor";
        public static final String REGRADED = "Boundary_Regraded";
        public static final String APPLY_REGRADE = "Task_ApplyRegrade";
        public static final String APPROVE_COMPENSATION = "Task_ApproveCompensation";
        public static final String REVIEW_UNSATISFIED = "Task_ReviewUnsatisfied";
        public static final String REPORT_OUTCOME = "Task_ReportOutcome";
        public static final String OUTCOME_REPORTED = "EndEvent_OutcomeReported";
        public static final String WITHDRAWAL = "EventSubProcess_Withdrawal";
        public static final String INVESTIGATION_TIMER = "Timer_InvestigationOverdue";
        public static final String PROGRESS_OVERDUE_TIMER = "Timer_ProgressOverdue";
        public static final String NOTIFY_PROGRESS_OVERDUE = "Task_NotifyProgressOverdue";
        public static final String PROGRESS_OVERDUE_NOTIFIED = "EndEvent_ProgressOverdueNotified";
        public static final String NOTIFY_INVESTIGATION_OVERDUE = "Task_NotifyInvestigationOverdue";
        public static final String INVESTIGATION_OVERDUE_NOTIFIED = "EndEvent_InvestigationOverdueNotified";
        public static final String RECORD_WITHDRAWAL = "Task_RecordWithdrawal";
        public static final String WITHDRAWN = "EndEvent_Withdrawn";
        public static final String EXTENSION = "EventSubProcess_Extension";
        public static final String EXTENSION_REQUESTED = "StartEvent_ExtensionRequestReceived";
        public static final String EXTENSION_APPROVAL = "Call_ExtensionApproval";
        public static final String EXTENSION_DECIDED = "EndEvent_ExtensionDecided";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
        /**
         * Local to the extension event sub-process (from version 6): when the approval is due; the call
         * activity passes it to complaint-extension as its {@code replyDueBy}, the case's own stays untouched.
         */
        public static final ProcessVariable<Date> EXTENSION_APPROVE_BY = ProcessVariable.date("extensionApproveBy");
        public static final ProcessVariable<Date> RECEIVED_AT = ProcessVariable.date("receivedAt");
        public static final ProcessVariable<Date> REPLY_DUE_BY = ProcessVariable.date("replyDueBy");
        public static final ProcessVariable<String> FACTS = ProcessVariable.string("complaintFacts");
        public static final ProcessVariable<Map<String, Object>> GRADING = ProcessVariable.map("grading");
        public static final ProcessVariable<Integer> LEVEL = ProcessVariable.integer("level");
        public static final ProcessVariable<String> GRADING_REASON = ProcessVariable.string("gradingReason");
        public static final ProcessVariable<String> HANDLING_GROUP = ProcessVariable.string("handlingGroup");
        public static final ProcessVariable<String> ESCALATION_GROUP = ProcessVariable.string("escalationGroup");
        /** 责任部门 from the decision table {@code complaint-department}. */
        public static final ProcessVariable<String> RESPONSIBLE_DEPARTMENT = ProcessVariable.string("responsibleDepartment");
        /** Who investigates: the handling group on Level 3, a department on Levels 1 and 2. */
        public static final ProcessVariable<String> INVESTIGATION_GROUP = ProcessVariable.string("investigationGroup");
        public static final ProcessVariable<Boolean> RESOLVED_ON_SPOT = ProcessVariable.bool("resolvedOnSpot");
        public static final ProcessVariable<Boolean> SATISFIED_ON_SPOT = ProcessVariable.bool("satisfiedOnSpot");
        public static final ProcessVariable<String> HANDOVER_NOTE = ProcessVariable.string("handoverNote");
        public static final ProcessVariable<Date> HANDOVER_DUE_BY = ProcessVariable.date("handoverDueBy");
        public static final ProcessVariable<String> ORGANISE_NOTE = ProcessVariable.string("organiseNote");
        public static final ProcessVariable<String> FORWARD_NOTE = ProcessVariable.string("forwardNote");
        public static final ProcessVariable<Date> FORWARD_DUE_BY = ProcessVariable.date("forwardDueBy");
        public static final ProcessVariable<Date> MEETING_DUE_BY = ProcessVariable.date("meetingDueBy");
        public static final ProcessVariable<String> PLAN_OWNERS = ProcessVariable.string("planOwners");
        public static final ProcessVariable<String> PLAN_MILESTONES = ProcessVariable.string("planMilestones");
        public static final ProcessVariable<String> PROGRESS_NOTE = ProcessVariable.string("progressNote");
        public static final ProcessVariable<Date> PROGRESS_DUE_BY = ProcessVariable.date("progressDueBy");
        public static final ProcessVariable<Integer> HANDLING_ROUND = ProcessVariable.integer("handlingRound");
        public static final ProcessVariable<String> FINDINGS = ProcessVariable.string("findings");
        public static final ProcessVariable<String> ROOT_CAUSE = ProcessVariable.string("rootCause");
        public static final ProcessVariable<String> RESULT = ProcessVariable.string("result");
        /** 处理措施 of a decision (optional on the form). */
        public static final ProcessVariable<String> MEASURE = ProcessVariable.string("measure");
        public static final ProcessVariable<String> RESOLUTION = ProcessVariable.string("resolution");
        public static final ProcessVariable<Double> COMPENSATION_AMOUNT = ProcessVariable.doubleValue("compensationAmount");
        public static final ProcessVariable<String> CALLBACK_OUTCOME = ProcessVariable.string("callbackOutcome");
        public static final ProcessVariable<String> CALLBACK_NOTE = ProcessVariable.string("callbackNote");
        public static final ProcessVariable<String> SUPERVISION_NOTE = ProcessVariable.string("supervisionNote");
        public static final ProcessVariable<Boolean> MAJOR = ProcessVariable.bool("major");
        public static final ProcessVariable<Boolean> COMPLEX = ProcessVariable.bool("complex");
        public static final ProcessVariable<Integer> NEW_LEVEL = ProcessVariable.integer("newLevel");
        public static final ProcessVariable<String> REGRADE_REASON = ProcessVariable.string("regradeReason");
        public static final ProcessVariable<Boolean> COMPENSATION_APPROVED = ProcessVariable.bool("compensationApproved");
        public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.string("approvalNote");
        public static final ProcessVariable<String> SUPERVISOR_OUTCOME = ProcessVariable.string("supervisorOutcome");
        public static final ProcessVariable<String> SUPERVISOR_NOTE = ProcessVariable.string("supervisorNote");
        /** The case's evidence files as one text, shown read-only in the task forms. */
        public static final ProcessVariable<String> EVIDENCE_LIST = ProcessVariable.string("evidenceList");
        public static final ProcessVariable<String> WITHDRAWAL_REASON = ProcessVariable.string("withdrawalReason");
        public static final ProcessVariable<Date> WITHDRAWAL_RECEIVED_AT = ProcessVariable.date("withdrawalReceivedAt");

        private Vars() {
        }
    }

    /**
     * The facts a complaint starts with that only the grading table reads (issue 20, lean intake): transient
     * start variables, there until the first wait state and never stored, so no later step can read them
     * (the quality gate refuses a model expression that does, {@code process/VariableReadCheck}).
     */
    public static final class StartFacts {
        public static final ProcessVariable<String> CHANNEL = ProcessVariable.string("channel");
        public static final ProcessVariable<String> BUSINESS_LINE = ProcessVariable.string("businessLine");
        public static final ProcessVariable<String> CATEGORY = ProcessVariable.string("category");
        public static final ProcessVariable<Double> CLAIMED_AMOUNT = ProcessVariable.doubleValue("claimedAmount");
        public static final ProcessVariable<Integer> JOINT_COMPLAINANTS = ProcessVariable.integer("jointComplainants");
        // the flags, named here so the quality gate knows them
        public static final ProcessVariable<Boolean> MASS_INCIDENT = flag(ComplaintFlag.MASS_INCIDENT);
        public static final ProcessVariable<Boolean> LEGAL_DISPUTE = flag(ComplaintFlag.LEGAL_DISPUTE);
        public static final ProcessVariable<Boolean> REPUTATION_RISK = flag(ComplaintFlag.REPUTATION_RISK);
        public static final ProcessVariable<Boolean> MEDIA_ATTENTION = flag(ComplaintFlag.MEDIA_ATTENTION);
        public static final ProcessVariable<Boolean> AGITATED = flag(ComplaintFlag.AGITATED);

        private static ProcessVariable<Boolean> flag(ComplaintFlag flag) {
            return ProcessVariable.bool(flag.variable());
        }

        private StartFacts() {
        }
    }

    /** Values of {@link Vars#CALLBACK_OUTCOME}, offered by the callback form. */
    public static final class CallbackOutcome {
        public static final String SATISFIED = "SATISFIED";
        public static final String UNSATISFIED = "UNSATISFIED";
        public static final String UNREACHABLE = "UNREACHABLE";

        private CallbackOutcome() {
        }
    }

    /**
     * The variables a handling instance starts with, and the grading table's input: routing facts only,
     * no name, ID number or contact of the complainant enters the engine.
     *
     * <p>Lean intake (issue 20): what the model routes on after its first wait state is stored (the receipt time
     * too, which clocks count from), and the facts, which a merged repeat complaint adds to
     * ({@code RepeatComplaints}); the facts only the grading table reads (channel, business line, category,
     * amount, joint complainants, the flags) are
     * <em>transient</em> — there for the start, grading included, and not written to the engine's tables. The
     * ledger holds them, the grading decision's history records the inputs it was evaluated with, and the forms
     * show them, the request and the respondent unit from the ledger ({@code complaint/form/ComplaintFormDisplay}).
     * A model that needs one of them after a wait state stores it itself (an input mapping at the start).
     */
    public static VariableMap startVariables(Complaint c) {
        VariableMap vars = Variables.createVariables()
                .putValue(Vars.CASE_NUMBER.name(), c.getCaseNumber())
                .putValue(Vars.RECEIVED_AT.name(), Date.from(c.getReceivedAt()))
                .putValue(Vars.REPLY_DUE_BY.name(), Date.from(c.getReplyDueBy()))
                .putValue(Vars.FACTS.name(), c.getFacts())
                .putValue(Vars.HANDLING_ROUND.name(), c.getHandlingRound())
                .putValueTyped(StartFacts.CHANNEL.name(), Variables.stringValue(c.getChannel().name(), true))
                .putValueTyped(StartFacts.BUSINESS_LINE.name(), Variables.stringValue(c.getBusinessLine().name(), true))
                .putValueTyped(StartFacts.CATEGORY.name(), Variables.stringValue(c.getCategory().name(), true))
                .putValueTyped(StartFacts.CLAIMED_AMOUNT.name(), Variables.doubleValue(
                        c.getClaimedAmount() == null ? 0.0 : c.getClaimedAmount().doubleValue(), true))
                .putValueTyped(StartFacts.JOINT_COMPLAINANTS.name(), Variables.integerValue(c.getJointComplainants(), true));
        for (ComplaintFlag flag : ComplaintFlag.values()) {
            vars.putValueTyped(flag.variable(), Variables.booleanValue(c.flagSet().contains(flag), true));
        }
        return vars;
    }

    private ComplaintProcess() {
    }
}
