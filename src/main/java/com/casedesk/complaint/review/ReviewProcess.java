package com.casedesk.complaint.review;

import com.casedesk.process.ProcessVariable;
import java.util.Date;

import com.casedesk.complaint.ComplaintProcess;

/**
 * Names shared by the model {@code processes/complaint/complaint-review.bpmn}, its listeners and
 * delegates, and its tests. A renamed element or variable is changed here once.
 */
public final class ReviewProcess {

    public static final String KEY = "complaint-review";

    public static final class Elements {
        public static final String START = "StartEvent_ReviewRequested";
        public static final String REVIEW = "Task_Review";
        public static final String DEADLINE_TIMER = "Timer_ReviewDeadline";
        public static final String SUPERVISE = "Task_SuperviseOverdueReview";
        public static final String ESCALATION_HANDLED = "EndEvent_ReviewEscalationHandled";
        public static final String SEND_NOTICE = "Task_SendReviewNotice";
        public static final String NOTIFIED = "EndEvent_ReviewNotified";

        private Elements() {
        }
    }

    public static final class Vars {
        /** Shared with complaint-handling, so the Tasklist filters show it for both. */
        public static final ProcessVariable<String> CASE_NUMBER = ComplaintProcess.Vars.CASE_NUMBER;
        public static final ProcessVariable<Integer> LEVEL = ComplaintProcess.Vars.LEVEL;
        public static final ProcessVariable<Long> REVIEW_ID = ProcessVariable.longValue("reviewId");
        public static final ProcessVariable<String> REASON = ProcessVariable.string("reviewReason");
        public static final ProcessVariable<Date> REQUESTED_AT = ProcessVariable.date("reviewRequestedAt");
        public static final ProcessVariable<Date> REVIEW_DUE_BY = ProcessVariable.date("reviewDueBy");
        public static final ProcessVariable<String> ORIGINAL_RESULT = ProcessVariable.string("originalResult");
        public static final ProcessVariable<String> ORIGINAL_RESOLUTION = ProcessVariable.string("originalResolution");
        public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("reviewOutcome");
        public static final ProcessVariable<String> OPINION = ProcessVariable.string("reviewOpinion");
        /** The escalation form's note; recorded by the same listener as complaint-handling's. */
        public static final ProcessVariable<String> SUPERVISION_NOTE = ComplaintProcess.Vars.SUPERVISION_NOTE;

        private Vars() {
        }
    }

    private ReviewProcess() {
    }
}
