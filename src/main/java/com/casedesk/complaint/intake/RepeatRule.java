package com.casedesk.complaint.intake;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintStatus;
import com.casedesk.complaint.ComplaintSubmission;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Art. 18 ¶3 as plain values: when a submission is the same complaint as an open case, when staff may
 * link two cases, and when the merge restarts the open case's clock. Only the same name <em>and</em> ID
 * number count as the same complainant: either alone is known to others (issue 13 §5).
 */
final class RepeatRule {

    /** What makes two complaints the same: who (name and ID number), what (category), about whom (unit). */
    record Key(String name, String idNumber, String category, String unit) {

        static Key of(ComplaintSubmission s) {
            return new Key(s.complainant().name().strip(), blankToNull(s.complainant().idNumber()), s.category().name(),
                    s.respondent() == null ? null : blankToNull(s.respondent().unit()));
        }

        static Key of(Complaint c) {
            return new Key(c.getComplainantName(), c.getComplainantIdNumber(), c.getCategory().name(),
                    c.getRespondentUnit());
        }
    }

    private RepeatRule() {
    }

    /** Without an ID number nobody is recognised: a name is not a person. */
    static boolean identifiable(Key submitted) {
        return submitted.idNumber() != null;
    }

    /**
     * A submission merges into a case at intake only while that case is open (not closed, withdrawn or
     * itself merged) and it is the same complaint; the ID number's check letter may differ in case.
     */
    static boolean mergesInto(ComplaintStatus openStatus, Key open, Key submitted) {
        return openStatus.isOpen() && identifiable(submitted) && open.idNumber() != null
                && open.idNumber().equalsIgnoreCase(submitted.idNumber())
                && Objects.equals(open.name(), submitted.name())
                && Objects.equals(open.category(), submitted.category())
                && Objects.equals(emptyIfNull(open.unit()), emptyIfNull(submitted.unit()));
    }

    /** Staff link a repeat only between cases still being handled, before any decision. */
    static boolean linkable(ComplaintStatus status, Instant decidedAt) {
        return (status == ComplaintStatus.RECEIVED || status == ComplaintStatus.IN_HANDLING) && decidedAt == null;
    }

    /** A different request or different facts are new facts or reasons (Art. 18 ¶3); whitespace is not. */
    static boolean hasNewFacts(String openRequest, String openFacts, String repeatRequest, String repeatFacts) {
        return !Objects.equals(openFacts.strip(), repeatFacts.strip())
                || !Objects.equals(openRequest.strip(), repeatRequest.strip());
    }

    /** What a submission says: its request and its facts and grounds (Art. 13). */
    record Statement(String request, String facts) {

        static Statement of(Complaint c) {
            return new Statement(c.getRequest(), c.getFacts());
        }

        boolean sameAs(Statement other) {
            return request.strip().equals(other.request.strip()) && facts.strip().equals(other.facts.strip());
        }
    }

    /**
     * New facts or reasons are what none of the case's submissions said yet: the original and every one
     * merged into it, the latest included. Compared with the original alone, the same new material sent
     * again would be "new" every time and restart the clock every time.
     */
    static boolean hasNewFacts(Collection<Statement> known, Statement repeat) {
        return known.stream().noneMatch(repeat::sameAs);
    }

    /** Level 1 is the most severe: a merge only ever raises the grade, never lowers it. */
    static boolean raisesGrade(int openLevel, int mergedLevel) {
        return mergedLevel < openLevel;
    }

    /**
     * The grading table's input for the case with the repeat merged in: the larger amount and number of joint
     * complainants, every flag either raised; everything else as the open case has it.
     */
    static Map<String, Object> mergedGradingInput(Map<String, Object> open, Map<String, Object> repeat) {
        Map<String, Object> merged = new HashMap<>(open);
        repeat.forEach((name, value) -> {
            if (value != null) {
                merged.merge(name, value, RepeatRule::moreSevere);
            }
        });
        return merged;
    }

    private static Object moreSevere(Object open, Object repeat) {
        if (open instanceof Boolean a && repeat instanceof Boolean b) {
            return a || b;
        }
        if (open instanceof Number a && repeat instanceof Number b) {
            return b.doubleValue() > a.doubleValue() ? b : a;
        }
        return open;
    }

    /** New facts restart the clock from their receipt, unless the clock already started after it. */
    static boolean restartsClock(boolean newFacts, Instant repeatReceivedAt, Instant clockStartedAt) {
        return newFacts && repeatReceivedAt.isAfter(clockStartedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String emptyIfNull(String value) {
        return value == null ? "" : value;
    }
}
