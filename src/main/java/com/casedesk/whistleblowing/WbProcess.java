package com.casedesk.whistleblowing;

/** Names shared by {@code whistleblowing-handling}, its delegates and the intake. */
public final class WbProcess {

    public static final String KEY = "whistleblowing-handling";
    /** Correlated by the reporter's mailbox (business key = report number) when a requested supplement arrives. */
    public static final String SUPPLEMENT_RECEIVED = "WbSupplementReceived";

    private WbProcess() {
    }

    /** Process variables. The intake starts the process with the first five and nothing else: no identity, ever. */
    public static final class Vars {
        public static final String REPORT_NUMBER = "reportNumber";
        public static final String PSEUDONYM = "pseudonym";
        public static final String ANONYMOUS = "anonymous";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String REPORTED_UNIT = "reportedUnit";

        public static final String ASSESSMENT_DUE_BY = "assessmentDueBy";
        public static final String ACKNOWLEDGED_AT = "acknowledgedAt";
        public static final String AUTHENTICITY = "authenticity";
        public static final String URGENCY = "urgency";
        public static final String ADMISSIBILITY = "admissibility";
        public static final String REFUSAL_REASON = "refusalReason";
        public static final String ASSESSMENT_NOTE = "assessmentNote";
        /** Staff user ids the assessor found named in the report (comma-separated). */
        public static final String INVOLVED_STAFF = "involvedStaff";
        /** The department group of the reported unit, if it is one of the institution's. */
        public static final String REPORTED_UNIT_GROUP = "reportedUnitGroup";
        public static final String SUPPLEMENT_REQUEST = "supplementRequest";
        public static final String SUPPLEMENT_REQUESTED_AT = "supplementRequestedAt";
        public static final String ACCEPTED_AT = "acceptedAt";
        public static final String OPINION_DUE_BY = "opinionDueBy";
        public static final String EXTENDED_DAYS = "extendedDays";
        public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
        public static final String OPINION = "opinion";
        public static final String INVESTIGATOR = "investigator";
        public static final String EXTENSION_DAYS = "extensionDays";
        public static final String EXTENSION_REASON = "extensionReason";
        public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
        public static final String CONFLICT_NOTE = "conflictNote";
        public static final String EXTENSION_APPROVED = "extensionApproved";
        public static final String APPROVAL_NOTE = "approvalNote";
        public static final String ESCALATION_NOTE = "escalationNote";
        public static final String DECISION = "decision";
        public static final String DECISION_REASON = "decisionReason";
        public static final String FEEDBACK_TEXT = "feedbackText";
        public static final String DECIDED_BY = "decidedBy";
        public static final String REFERRAL_AUTHORITY = "referralAuthority";
        public static final String REFERRAL_NOTE = "referralNote";
        public static final String ROOT_CAUSE = "rootCause";
        public static final String CONTROL_FIXES = "controlFixes";
        public static final String CLOSED_AT = "closedAt";
        public static final String RETALIATION_RISK = "retaliationRisk";
        public static final String PROTECTION_NOTE = "protectionNote";

        private Vars() {
        }
    }

    /** Element ids of the model. */
    public static final class Elements {
        public static final String RECEIVED = "StartEvent_ReportReceived";
        public static final String ACKNOWLEDGE = "Task_Acknowledge";
        public static final String ASSESS = "Task_Assess";
        public static final String REQUEST_SUPPLEMENT = "Task_RequestSupplement";
        public static final String SUPPLEMENT_RECEIVED = "Event_SupplementReceived";
        public static final String SUPPLEMENT_TIMEOUT = "Event_SupplementTimeout";
        public static final String RESUME_CLOCK = "Task_ResumeClock";
        public static final String SUPPLEMENT_TIMED_OUT = "Task_SupplementTimedOut";
        public static final String TELL_REFUSAL = "Task_TellRefusal";
        public static final String REFUSED = "EndEvent_Refused";
        public static final String TELL_ACCEPTANCE = "Task_TellAcceptance";
        public static final String INVESTIGATE = "Task_Investigate";
        public static final String REMINDER = "Boundary_InvestigationReminder";
        public static final String REMIND = "Task_RemindInvestigator";
        public static final String OVERDUE = "Boundary_InvestigationOverdue";
        public static final String ESCALATE = "Task_Escalate";
        public static final String APPROVE_EXTENSION = "Task_ApproveExtension";
        public static final String DECIDE = "Task_Decide";
        public static final String REFER = "Task_Refer";
        public static final String FEEDBACK = "Task_Feedback";
        public static final String SUMMARY = "Task_Summary";
        public static final String CLOSE = "Task_Close";
        /** Multi-instance call activity of complaint-rectification, one instance per improvement action. */
        public static final String IMPROVEMENT_ACTIONS = "Call_ImprovementActions";
        public static final String IMPROVEMENT_ACTIONS_DONE = "EndEvent_ImprovementActionsDone";
        public static final String CLOSED_ANONYMOUS = "EndEvent_ClosedAnonymous";
        public static final String PROTECTION_DUE = "Event_ProtectionDue";
        public static final String PROTECTION_CHECK = "Task_ProtectionCheck";
        public static final String PROTECTED = "EndEvent_ProtectionChecked";

        private Elements() {
        }
    }
}
