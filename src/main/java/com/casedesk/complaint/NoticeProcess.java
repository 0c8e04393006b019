package com.casedesk.complaint;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names and variables of {@code processes/complaint/complaint-notice.bpmn}: one notice to the
 * complainant, sent from a job ({@link SendClockNoticeDelegate}). Started by {@link ComplaintActions}
 * (pause, resume) and {@link RepeatComplaints} (acknowledgement, merge).
 */
final class NoticeProcess {

    static final String KEY = "complaint-notice";

    static final class Vars {
        /** PAUSE, RESUME, {@link SendClockNoticeDelegate#ACKNOWLEDGEMENT} or {@link SendClockNoticeDelegate#REPEAT_MERGED}. */
        static final String NOTICE_KIND = "noticeKind";
        /** With PAUSE and RESUME: the {@link ClockPause} row. */
        static final String PAUSE_ID = "pauseId";
        /** With REPEAT_MERGED: the repeat's case number. */
        static final String REPEAT_CASE_NUMBER = "repeatCaseNumber";

        private Vars() {
        }
    }

    private NoticeProcess() {
    }

    static String kind(VariableScope scope) {
        return (String) scope.getVariable(Vars.NOTICE_KIND);
    }

    static long pauseId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.PAUSE_ID)).longValue();
    }

    static String repeatCaseNumber(VariableScope scope) {
        return (String) scope.getVariable(Vars.REPEAT_CASE_NUMBER);
    }
}
