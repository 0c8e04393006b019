package com.casedesk.complaint.notice;

import com.casedesk.process.ProcessVariable;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names and variables of {@code processes/complaint/complaint-notice.bpmn}: one notice to the
 * complainant, sent from a job ({@link SendClockNoticeDelegate}). Started by {@link ComplaintActions}
 * (pause, resume) and {@link RepeatComplaints} (acknowledgement, merge).
 */
public final class NoticeProcess {

    public static final String KEY = "complaint-notice";

    public static final class Vars {
        /** PAUSE, RESUME, {@link SendClockNoticeDelegate#ACKNOWLEDGEMENT} or {@link SendClockNoticeDelegate#REPEAT_MERGED}. */
        public static final ProcessVariable<String> NOTICE_KIND = ProcessVariable.string("noticeKind");
        /** With PAUSE and RESUME: the {@link ClockPause} row. */
        public static final ProcessVariable<Long> PAUSE_ID = ProcessVariable.longValue("pauseId");
        /** With REPEAT_MERGED: the repeat's case number. */
        public static final ProcessVariable<String> REPEAT_CASE_NUMBER = ProcessVariable.string("repeatCaseNumber");

        private Vars() {
        }
    }

    private NoticeProcess() {
    }

    public static String kind(VariableScope scope) {
        return Vars.NOTICE_KIND.get(scope);
    }
}
