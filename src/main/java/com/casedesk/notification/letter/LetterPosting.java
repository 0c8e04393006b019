package com.casedesk.notification.letter;

import com.casedesk.notification.NoticePurpose;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of the 寄送书面告知 record: what a posting date and a tracking number must be, and which
 * instant a posting date proves (Art. 21).
 */
final class LetterPosting {

    /**
     * UPU S10 (international registered and EMS, e.g. {@code RR123456789CN}); China Post's domestic
     * registered letters (two letters and 11 digits, e.g. {@code XA12345678901}); domestic EMS (13
     * digits, e.g. {@code 1100123456789}). Spaces and hyphens as printed on a receipt are dropped.
     */
    private static final Pattern TRACKING = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}|[A-Z]{2}\\d{11}|\\d{13}");

    private LetterPosting() {
    }

    /**
     * The proof of a letter posted on {@code postedOn}. A posting recorded on the day itself proves it
     * from the moment staff record it (earlier that day could precede the letter's writing; later would
     * be in the future). A posting recorded on a later day proves it from the end of the posting day:
     * the post office's receipt shows the date, not the hour, and the latest moment of that day is the
     * one that never shortens the complainant's 核查 window (Art. 20) nor flatters the on-time figure.
     */
    static Instant proofAt(LocalDate postedOn, Instant now, ZoneId zone) {
        if (postedOn.equals(LocalDate.ofInstant(now, zone))) {
            return now;
        }
        return postedOn.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1);
    }

    /** What is wrong with a posting date, or null: not in the future, not before the letter was written. */
    static String postedOnProblem(LocalDate postedOn, LocalDate writtenOn, LocalDate today) {
        if (postedOn == null) {
            return "is required to record the posting";
        }
        if (postedOn.isAfter(today)) {
            return "must not be in the future";
        }
        if (postedOn.isBefore(writtenOn)) {
            return "must not be before the letter was written (" + writtenOn + ")";
        }
        return null;
    }

    /** Decision and review-decision letters start the 核查 window and need a traceable posting. */
    static boolean trackingRequired(NoticePurpose purpose) {
        return purpose == NoticePurpose.DECISION || purpose == NoticePurpose.REVIEW_DECISION;
    }

    /** The tracking number as stored: upper case, without the spaces and hyphens of a printed receipt. */
    static String normalised(String trackingNumber) {
        if (trackingNumber == null) {
            return null;
        }
        String plain = trackingNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return plain.isEmpty() ? null : plain;
    }

    /** What is wrong with a (normalised) tracking number, or null. */
    static String trackingProblem(String normalised, NoticePurpose purpose) {
        if (normalised == null) {
            return trackingRequired(purpose) ? "is required for a " + purpose + " letter (挂号信/EMS)" : null;
        }
        if (!TRACKING.matcher(normalised).matches()) {
            return "must be a China Post registered-letter or EMS number (e.g. XA12345678901, RR123456789CN,"
                    + " 1100123456789)";
        }
        return null;
    }

    /** The heading of a letter whose notice has no subject. */
    static String heading(NoticePurpose purpose) {
        return switch (purpose) {
            case ACKNOWLEDGEMENT -> "投诉受理告知书";
            case DECISION -> "投诉处理结果告知书";
            case EXTENSION -> "延长处理期限告知书";
            case PAUSE -> "处理期限中止告知书";
            case REVIEW_DECISION -> "核查结果告知书";
            default -> "告知书";
        };
    }

    /** The purpose in words, for the task form. */
    static String purposeLabel(NoticePurpose purpose) {
        return heading(purpose) + " (" + purpose + ")";
    }
}
