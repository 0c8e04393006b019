package com.casedesk.complaint.review;

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
        public static final String CASE_NUMBER = ComplaintProcess.Vars.CASE_NUMBER;
        public static final String LEVEL = ComplaintProcess.Vars.LEVEL;
        public static final String REVIEW_ID = "reviewId";
        public static final String REASON = "reviewReason";
        public static final String REQUESTED_AT = "reviewRequestedAt";
        public static final String REVIEW_DUE_BY = "reviewDueBy";
        public static final String ORIGINAL_RESULT = "originalResult";
        public static final String ORIGINAL_RESOLUTION = "originalResolution";
        public static final String OUTCOME = "reviewOutcome";
        public static final String OPINION = "reviewOpinion";
        /** The escalation form's note; recorded by the same listener as complaint-handling's. */
        public static final String SUPERVISION_NOTE = ComplaintProcess.Vars.SUPERVISION_NOTE;

        private Vars() {
        }
    }

    private ReviewProcess() {
    }
}
