package com.casedesk.complaint.notice;

import com.casedesk.process.ProcessVariable;
import java.util.Date;

/**
 * Names and variables of {@code processes/complaint/complaint-notice-failure.bpmn}: one task for the
 * level's escalation group when a notice to the complainant ended as an incident, started by
 * {@link NoticeFailures} (business key = case number), due before the reply deadline.
 */
public final class NoticeFailureProcess {

    public static final String KEY = "complaint-notice-failure";

    public static final class Elements {
        public static final String FAILED = "StartEvent_NoticeFailed";
        public static final String HANDLE = "Task_HandleNoticeFailure";
        public static final String HANDLED = "EndEvent_NoticeFailureHandled";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
        public static final ProcessVariable<Integer> LEVEL = ProcessVariable.integer("level");
        public static final ProcessVariable<String> ESCALATION_GROUP = ProcessVariable.string("escalationGroup");
        /** The element id of the failed notice job, so one notice escalates once while its task is open. */
        public static final ProcessVariable<String> FAILED_ACTIVITY = ProcessVariable.string("failedActivity");
        /** Which notice failed, in words, and the channel's error, for the form. */
        public static final ProcessVariable<String> FAILED_NOTICE = ProcessVariable.string("failedNotice");
        public static final ProcessVariable<String> FAILURE_MESSAGE = ProcessVariable.string("failureMessage");
        public static final ProcessVariable<Date> DUE_BY = ProcessVariable.date("noticeFailureDueBy");
        public static final ProcessVariable<String> NOTE = ProcessVariable.string("noticeFailureNote");

        private Vars() {
        }
    }

    private NoticeFailureProcess() {
    }
}
