package com.casedesk.complaint;

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

        private Elements() {
        }
    }

    public static final class Vars {
        public static final String CASE_NUMBER = "caseNumber";
        public static final String CHANNEL = "channel";
        public static final String BUSINESS_LINE = "businessLine";
        public static final String CATEGORY = "category";
        public static final String CLAIMED_AMOUNT = "claimedAmount";
        public static final String JOINT_COMPLAINANTS = "jointComplainants";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String REPLY_DUE_BY = "replyDueBy";
        public static final String RESPONDENT_UNIT = "respondentUnit";
        public static final String REQUEST = "complaintRequest";
        public static final String FACTS = "complaintFacts";
        public static final String GRADING = "grading";
        public static final String LEVEL = "level";
        public static final String GRADING_REASON = "gradingReason";
        public static final String HANDLING_GROUP = "handlingGroup";
        public static final String ESCALATION_GROUP = "escalationGroup";
        /** 责任部门 from the decision table {@code complaint-department}. */
        public static final String RESPONSIBLE_DEPARTMENT = "responsibleDepartment";
        /** Who investigates: the handling group on Level 3, a department on Levels 1 and 2. */
        public static final String INVESTIGATION_GROUP = "investigationGroup";
        public static final String RESOLVED_ON_SPOT = "resolvedOnSpot";
        public static final String SATISFIED_ON_SPOT = "satisfiedOnSpot";
        public static final String HANDOVER_NOTE = "handoverNote";
        public static final String HANDOVER_DUE_BY = "handoverDueBy";
        public static final String ORGANISE_NOTE = "organiseNote";
        public static final String FORWARD_NOTE = "forwardNote";
        public static final String FORWARD_DUE_BY = "forwardDueBy";
        public static final String MEETING_DUE_BY = "meetingDueBy";
        public static final String PLAN_OWNERS = "planOwners";
        public static final String PLAN_MILESTONES = "planMilestones";
        public static final String PROGRESS_NOTE = "progressNote";
        public static final String PROGRESS_DUE_BY = "progressDueBy";
        public static final String HANDLING_ROUND = "handlingRound";
        public static final String FINDINGS = "findings";
        public static final String ROOT_CAUSE = "rootCause";
        public static final String RESULT = "result";
        public static final String RESOLUTION = "resolution";
        public static final String COMPENSATION_AMOUNT = "compensationAmount";
        public static final String CALLBACK_OUTCOME = "callbackOutcome";
        public static final String CALLBACK_NOTE = "callbackNote";
        public static final String SUPERVISION_NOTE = "supervisionNote";
        public static final String MAJOR = "major";
        public static final String COMPLEX = "complex";
        public static final String NEW_LEVEL = "newLevel";
        public static final String REGRADE_REASON = "regradeReason";
        public static final String COMPENSATION_APPROVED = "compensationApproved";
        public static final String APPROVAL_NOTE = "approvalNote";
        public static final String SUPERVISOR_OUTCOME = "supervisorOutcome";
        public static final String SUPERVISOR_NOTE = "supervisorNote";
        public static final String WITHDRAWAL_REASON = "withdrawalReason";
        public static final String WITHDRAWAL_RECEIVED_AT = "withdrawalReceivedAt";

        private Vars() {
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

    private ComplaintProcess() {
    }
}
