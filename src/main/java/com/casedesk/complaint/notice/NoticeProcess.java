package com.casedesk.complaint.notice;

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
        public static final String NOTICE_KIND = "noticeKind";
        /** With PAUSE and RESUME: the {@link ClockPause} row. */
        public static final String PAUSE_ID = "pauseId";
        /** With REPEAT_MERGED: the repeat's case number. */
        public static final String REPEAT_CASE_NUMBER = "repeatCaseNumber";

        private Vars() {
        }
    }

    private NoticeProcess() {
    }

    public static String kind(VariableScope scope) {
        return (String) scope.getVariable(Vars.NOTICE_KIND);
    }

    public static long pauseId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.PAUSE_ID)).longValue();
    }

    public static String repeatCaseNumber(VariableScope scope) {
        return (String) scope.getVariable(Vars.REPEAT_CASE_NUMBER);
    }
}
