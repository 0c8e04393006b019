package com.casedesk.notification;

import com.casedesk.process.ProcessVariable;

/**
 * Names and variables of {@code processes/notice/notice-redelivery.bpmn}: a notice whose channel
 * reported that it did not arrive goes out again by its case type's next channel
 * ({@link NoticeRedelivery}). The only variable is the failed notice's outbox id: no recipient, no text.
 */
public final class NoticeRedeliveryProcess {

    public static final String KEY = "notice-redelivery";

    public static final class Elements {
        public static final String UNDELIVERED = "StartEvent_NoticeUndelivered";
        public static final String REDELIVER = "Task_Redeliver";
        public static final String REDELIVERED = "EndEvent_Redelivered";

        private Elements() {
        }
    }

    public static final class Vars {
        /** The outbox id of the notice that did not arrive. */
        public static final ProcessVariable<Long> FAILED_NOTICE_ID = ProcessVariable.longValue("failedNoticeId");

        private Vars() {
        }
    }

    private NoticeRedeliveryProcess() {
    }
}
