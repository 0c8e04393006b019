package com.casedesk.notification.letter;

import com.casedesk.process.ProcessVariable;

/**
 * Names and variables of {@code processes/notice/notice-letter.bpmn}: one 寄送书面告知 task per queued
 * letter, started by {@link LetterQueue} (business key = case number). No address among the variables:
 * the engine's history keeps variables beyond the case's retention period, so the poster reads the
 * address on the PDF, which is printed for the window envelope anyway.
 */
public final class NoticeLetterProcess {

    public static final String KEY = "notice-letter";

    public static final class Elements {
        public static final String QUEUED = "StartEvent_LetterQueued";
        public static final String POST = "Task_PostLetter";
        public static final String OUTCOME = "Gateway_LetterOutcome";
        public static final String POSTED = "EndEvent_LetterPosted";
        public static final String UNDELIVERABLE = "EndEvent_LetterUndeliverable";

        private Elements() {
        }
    }

    /** The 寄送书面告知 form's outcomes. */
    public enum Outcome {
        POSTED, UNDELIVERABLE
    }

    public static final class Vars {
        public static final ProcessVariable<String> CASE_NUMBER = ProcessVariable.string("caseNumber");
        public static final ProcessVariable<Long> OUTBOX_ID = ProcessVariable.longValue("letterOutboxId");
        /** The purpose in words and its code, for the form. */
        public static final ProcessVariable<String> PURPOSE = ProcessVariable.string("letterPurpose");
        /** The recipient's address masked, enough to match the printed envelope to the task. */
        public static final ProcessVariable<String> RECIPIENT = ProcessVariable.string("letterRecipient");
        /** Where the PDF is downloaded (GET /api/notices/letters/{outboxId}/pdf). */
        public static final ProcessVariable<String> PDF_LINK = ProcessVariable.string("letterPdfLink");
        /** The day the letter was written (yyyy-MM-dd, service zone): the earliest posting date. */
        public static final ProcessVariable<String> WRITTEN_ON = ProcessVariable.string("letterWrittenOn");
        public static final ProcessVariable<Boolean> TRACKING_REQUIRED = ProcessVariable.bool("letterTrackingRequired");
        /** Form input: POSTED or UNDELIVERABLE ({@link Outcome}); the gateway routes on it. */
        public static final ProcessVariable<String> OUTCOME = ProcessVariable.string("letterOutcome");
        public static final ProcessVariable<Object> POSTED_ON = ProcessVariable.of("postedOn", Object.class);
        public static final ProcessVariable<String> TRACKING_NUMBER = ProcessVariable.string("trackingNumber");
        public static final ProcessVariable<String> UNDELIVERABLE_REASON = ProcessVariable.string("undeliverableReason");

        private Vars() {
        }
    }

    private NoticeLetterProcess() {
    }
}
