package com.casedesk.whistleblowing;

import com.casedesk.process.ProcessVariable;
import java.util.Date;

/**
 * Names and variables of {@code processes/whistleblowing/wb-notice-failure.bpmn}: one task for the
 * committee when a message to the reporter ended as an incident, started by {@link WbNoticeFailures}
 * (business key = report number). It carries the report number and which message failed, never the
 * reporter's identity or the channel's error text (which may name a contact address).
 */
public final class WbNoticeFailureProcess {

    public static final String KEY = "wb-notice-failure";

    public static final class Elements {
        public static final String FAILED = "StartEvent_WbNoticeFailed";
        public static final String HANDLE = "Task_HandleWbNoticeFailure";
        public static final String HANDLED = "EndEvent_WbNoticeFailureHandled";

        private Elements() {
        }
    }

    public static final class Vars {
        public static final ProcessVariable<String> REPORT_NUMBER = ProcessVariable.string("reportNumber");
        /** The element id of the failed job, so one message escalates once while its task is open. */
        public static final ProcessVariable<String> FAILED_ACTIVITY = ProcessVariable.string("failedActivity");
        public static final ProcessVariable<String> FAILED_NOTICE = ProcessVariable.string("failedNotice");
        public static final ProcessVariable<Date> DUE_BY = ProcessVariable.date("wbNoticeFailureDueBy");
        public static final ProcessVariable<String> NOTE = ProcessVariable.string("wbNoticeFailureNote");

        private Vars() {
        }
    }

    private WbNoticeFailureProcess() {
    }
}
