package com.casedesk.whistleblowing;

import com.casedesk.process.ProcessVariable;
import java.util.Date;

/**
 * The API of {@code whistleblowing-handling} shared by its delegates, the intake and the tests: its key,
 * its message, its typed variables and its element ids.
 */
public final class WbProcess {

    public static final String KEY = "whistleblowing-handling";
    /** Correlated by the reporter's mailbox (business key = report number) when a requested supplement arrives. */
    public static final String SUPPLEMENT_RECEIVED = "WbSupplementReceived";

    private WbProcess() {
    }

    /**
     * Process variables. The intake starts the process with the first six and nothing else: no identity, ever.
     * Reports started on a model before version 4 have no {@link #REGIME}: their clocks follow the
     * installation's regime at the time of each calculation ({@link WbClock#regimeOf}).
     */
    public static final class Vars {
        public static final ProcessVariable<String> REPORT_NUMBER = ProcessVariable.string("reportNumber");
        public static final ProcessVariable<String> PSEUDONYM = ProcessVariable.string("pseudonym");
        public static final ProcessVariable<Boolean> ANONYMOUS = ProcessVariable.bool("anonymous");
        public static final ProcessVariable<Date> RECEIVED_AT = ProcessVariable.date("receivedAt");
        public static final ProcessVariable<String> REPORTED_UNIT = ProcessVariable.string("reportedUnit");
        /** The regime (CN, EU) the report was received under, also in {@code wb_report.regime}: its clocks for life. */
        public static final ProcessVariable<String> REGIME = ProcessVariable.string("regime");

        public static final ProcessVariable<Date> ASSESSMENT_DUE_BY = ProcessVariable.date("assessmentDueBy");
        public static final ProcessVariable<Date> ACKNOWLEDGED_AT = ProcessVariable.date("acknowledgedAt");
        public static final ProcessVariable<String> AUTHENTICITY = ProcessVariable.string("authenticity");
        public static final ProcessVariable<String> URGENCY = ProcessVariable.string("urgency");
        public static final ProcessVariable<String> ADMISSIBILITY = ProcessVariable.string("admissibility");
        public static final ProcessVariable<String> REFUSAL_REASON = ProcessVariable.string("refusalReason");
        public static final ProcessVariable<String> ASSESSMENT_NOTE = ProcessVariable.string("assessmentNote");
        /** Staff user ids the assessor found named in the report (comma-separated). */
        public static final ProcessVariable<String> INVOLVED_STAFF = ProcessVariable.string("involvedStaff");
        /** The department group of the reported unit, if it is one of the institution's. */
        public static final ProcessVariable<String> REPORTED_UNIT_GROUP = ProcessVariable.string("reportedUnitGroup");
        public static final ProcessVariable<String> SUPPLEMENT_REQUEST = ProcessVariable.string("supplementRequest");
        public static final ProcessVariable<Date> SUPPLEMENT_REQUESTED_AT = ProcessVariable.date("supplementRequestedAt");
        public static final ProcessVariable<Date> ACCEPTED_AT = ProcessVariable.date("acceptedAt");
        public static final ProcessVariable<Date> OPINION_DUE_BY = ProcessVariable.date("opinionDueBy");
        public static final ProcessVariable<Integer> EXTENDED_DAYS = ProcessVariable.integer("extendedDays");
        public static final ProcessVariable<String> INVESTIGATION_OUTCOME = ProcessVariable.string("investigationOutcome");
        public static final ProcessVariable<String> OPINION = ProcessVariable.string("opinion");
        public static final ProcessVariable<String> INVESTIGATOR = ProcessVariable.string("investigator");
        public static final ProcessVariable<Integer> EXTENSION_DAYS = ProcessVariable.integer("extensionDays");
        public static final ProcessVariable<String> EXTENSION_REASON = ProcessVariable.string("extensionReason");
        public static final ProcessVariable<String> EXTENSION_REQUESTED_BY = ProcessVariable.string("extensionRequestedBy");
        public static final ProcessVariable<String> CONFLICT_NOTE = ProcessVariable.string("conflictNote");
        public static final ProcessVariable<Boolean> EXTENSION_APPROVED = ProcessVariable.bool("extensionApproved");
        public static final ProcessVariable<String> APPROVAL_NOTE = ProcessVariable.string("approvalNote");
        public static final ProcessVariable<String> ESCALATION_NOTE = ProcessVariable.string("escalationNote");
        public static final ProcessVariable<String> DECISION = ProcessVariable.string("decision");
        public static final ProcessVariable<String> DECISION_REASON = ProcessVariable.string("decisionReason");
        public static final ProcessVariable<String> FEEDBACK_TEXT = ProcessVariable.string("feedbackText");
        public static final ProcessVariable<String> DECIDED_BY = ProcessVariable.string("decidedBy");
        public static final ProcessVariable<String> REFERRAL_AUTHORITY = ProcessVariable.string("referralAuthority");
        public static final ProcessVariable<String> REFERRAL_NOTE = ProcessVariable.string("referralNote");
        public static final ProcessVariable<String> ROOT_CAUSE = ProcessVariable.string("rootCause");
        public static final ProcessVariable<String> CONTROL_FIXES = ProcessVariable.string("controlFixes");
        public static final ProcessVariable<Date> CLOSED_AT = ProcessVariable.date("closedAt");
        public static final ProcessVariable<String> RETALIATION_RISK = ProcessVariable.string("retaliationRisk");
        public static final ProcessVariable<String> PROTECTION_NOTE = ProcessVariable.string("protectionNote");

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
        /** The acceptance decision (CN 受理 decision) is overdue: the committee is asked to act; the assessment stays open. */
        public static final String ASSESSMENT_OVERDUE = "Boundary_AssessmentOverdue";
        public static final String ESCALATE_ASSESSMENT = "Task_EscalateAssessment";
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
        /** The reporter's feedback (EU Art. 9(1)(f): 3 months) is overdue while the committee decides or refers. */
        public static final String DECISION_FEEDBACK_OVERDUE = "Boundary_DecisionFeedbackOverdue";
        public static final String REFERRAL_FEEDBACK_OVERDUE = "Boundary_ReferralFeedbackOverdue";
        public static final String ESCALATE_FEEDBACK = "Task_EscalateFeedback";
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
