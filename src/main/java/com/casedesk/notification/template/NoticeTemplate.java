package com.casedesk.notification.template;

import com.casedesk.notification.NoticePurpose;
import com.casedesk.notification.NotificationChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every notice text the service sends, by the name of its template file. A purpose's main text has
 * the purpose's name ({@code decision}); a purpose that covers several texts (a merged repeat is
 * acknowledged too, the level alerts are five) has one template each. Files:
 * {@code <name>.txt}, optionally {@code <name>.<channel>.txt} (e.g. {@code decision.sms.txt}) and
 * {@code <name>.subject.txt} (e-mail subject, letter heading; a variant falls back to its purpose's).
 */
public enum NoticeTemplate {
    ACKNOWLEDGEMENT(NoticePurpose.ACKNOWLEDGEMENT, Audience.COMPLAINANT),
    REPEAT_MERGED(NoticePurpose.ACKNOWLEDGEMENT, Audience.COMPLAINANT),
    DECISION(NoticePurpose.DECISION, Audience.COMPLAINANT),
    EXTENSION(NoticePurpose.EXTENSION, Audience.COMPLAINANT),
    PAUSE(NoticePurpose.PAUSE, Audience.COMPLAINANT),
    RESUMED(NoticePurpose.PAUSE, Audience.COMPLAINANT),
    REVIEW_DECISION(NoticePurpose.REVIEW_DECISION, Audience.COMPLAINANT),
    REMINDER(NoticePurpose.REMINDER, Audience.STAFF),
    STATUTORY_REMINDER(NoticePurpose.REMINDER, Audience.STAFF),
    MANAGEMENT_REPORT(NoticePurpose.MANAGEMENT_REPORT, Audience.STAFF),
    OUTCOME_REPORT(NoticePurpose.MANAGEMENT_REPORT, Audience.STAFF),
    LEVEL_ALERT(NoticePurpose.LEVEL_ALERT, Audience.STAFF),
    HANDOVER_OVERDUE(NoticePurpose.LEVEL_ALERT, Audience.STAFF),
    INVESTIGATION_OVERDUE(NoticePurpose.LEVEL_ALERT, Audience.STAFF),
    PROGRESS_OVERDUE(NoticePurpose.LEVEL_ALERT, Audience.STAFF),
    MEETING_OVERDUE(NoticePurpose.LEVEL_ALERT, Audience.STAFF),
    RECTIFICATION(NoticePurpose.RECTIFICATION, Audience.STAFF),
    /** An escalation or exception task waits (a task marked {@code staffAlert}): its name and due date. */
    ESCALATION(NoticePurpose.ESCALATION, Audience.STAFF),
    /** Whistleblowing staff: says only that a task waits. */
    WB_INVESTIGATION_REMINDER(NoticePurpose.REMINDER, Audience.WHISTLEBLOWING_STAFF),
    /** Whistleblowing staff: an escalation task waits, nothing more (no task name: it tells what happened). */
    WB_ESCALATION(NoticePurpose.ESCALATION, Audience.WHISTLEBLOWING_STAFF),
    // To a whistleblowing reporter, through the report's mailbox only: not an outbox notice, so no purpose.
    WB_ACKNOWLEDGEMENT(null, Audience.REPORTER),
    WB_ADMITTED(null, Audience.REPORTER),
    WB_REFUSED(null, Audience.REPORTER),
    WB_SUPPLEMENT_REQUEST(null, Audience.REPORTER),
    WB_SUPPLEMENT_TIMEOUT(null, Audience.REPORTER),
    WB_FEEDBACK(null, Audience.REPORTER);

    /** Who reads it: decides the channels it goes by and what its model may hold. */
    public enum Audience {
        /** By SMS, e-mail, letter or in person; personal data of the complainant allowed. */
        COMPLAINANT(NotificationChannel.SMS, NotificationChannel.EMAIL, NotificationChannel.LETTER,
                NotificationChannel.IN_PERSON),
        /** Internal alerts about complaints: no personal data of the complainant. */
        STAFF(NotificationChannel.INTERNAL),
        /** Internal alerts about whistleblowing reports: that a task waits, nothing more. */
        WHISTLEBLOWING_STAFF(NotificationChannel.INTERNAL),
        /** A whistleblowing reporter, through the report's mailbox (no channel of the outbox, no subject). */
        REPORTER;

        private final List<NotificationChannel> channels;

        Audience(NotificationChannel... channels) {
            this.channels = List.of(channels);
        }

        /** Whistleblowing: previewed with sample data only, never with a report's. */
        public boolean sampleOnly() {
            return this == WHISTLEBLOWING_STAFF || this == REPORTER;
        }

        /** The outbox channels a notice to this audience goes by (none: the reporter's mailbox). */
        public List<NotificationChannel> channels() {
            return channels;
        }
    }

    private final NoticePurpose purpose;
    private final Audience audience;

    NoticeTemplate(NoticePurpose purpose, Audience audience) {
        this.purpose = purpose;
        this.audience = audience;
    }

    /** The outbox purpose; null for a message to a whistleblowing reporter's mailbox. */
    public NoticePurpose purpose() {
        return purpose;
    }

    public Audience audience() {
        return audience;
    }

    /** The file name stem: {@code REPEAT_MERGED} is {@code repeat-merged}. */
    public String fileName() {
        return kebab(name());
    }

    /** Whether this is its purpose's main text (its name is the purpose's). */
    public boolean isMain() {
        return purpose != null && name().equals(purpose.name());
    }

    /** The purpose's main template. */
    public static NoticeTemplate of(NoticePurpose purpose) {
        return valueOf(purpose.name());
    }

    /** By file name stem ({@code decision}, {@code repeat-merged}) or constant name ({@code DECISION}). */
    public static Optional<NoticeTemplate> find(String name) {
        return Arrays.stream(values())
                .filter(t -> t.name().equalsIgnoreCase(name) || t.fileName().equals(name))
                .findFirst();
    }

    /** Lower-case kebab as file names use it: {@code IN_PERSON} is {@code in-person}. */
    public static String kebab(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
