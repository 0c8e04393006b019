package com.casedesk.complaint.view;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.clock.ClockHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A complaint's case file as the Tasklist tab shows it: the ledger record as the reader may see it
 * ({@code complaint}, the same JSON as {@code GET /api/complaints/{caseNumber}}), the clock drawn together and
 * the related cases, and the Chinese names of its codes.
 */
record ComplaintCaseFileView(String kind, String caseNumber, ComplaintView complaint, Labels labels,
                             ClockSummary clock, List<Related> related) {

    static final Set<String> REMINDERS = Set.of("REMINDER_SENT", "RECTIFICATION_REMINDER_SENT");
    static final Set<String> ESCALATIONS = Set.of("ESCALATED", "STATUTORY_DEADLINE_MISSED", "RECTIFICATION_ESCALATED");

    ComplaintCaseFileView(String caseNumber, ComplaintView complaint, ClockSummary clock, List<Related> related) {
        this("COMPLAINT", caseNumber, complaint, Labels.of(complaint), clock, related);
    }

    /** The Chinese names of the record's codes, as the forms show them. */
    record Labels(String channel, String businessLine, String category) {

        static Labels of(ComplaintView v) {
            return new Labels(v.channel() == null ? null : v.channel().label(),
                    v.businessLine() == null ? null : v.businessLine().label(),
                    v.category() == null ? null : v.category().label());
        }
    }

    /**
     * Received, the statutory (法定) and the company's (公司) reply dates, the reply date that applies (the earlier),
     * extensions, pauses, the clock's history, and the reminders and escalations so far.
     */
    record ClockSummary(Instant receivedAt, Instant startedAt, int statutoryDays, Instant statutoryDueBy,
                        Instant companyDueBy, Instant replyDueBy, Instant investigationDueBy, boolean extended,
                        boolean paused, Instant pausedSince, List<ComplaintExtension> extensions, List<ClockPause> pauses,
                        List<ClockHistory.Entry> history, List<ComplaintView.Event> reminders,
                        List<ComplaintView.Event> escalations) {

        static ClockSummary of(ComplaintView v) {
            ComplaintView.Clock c = v.clock();
            return new ClockSummary(v.receivedAt(), c.startedAt(), c.statutoryDays(), c.statutoryDueBy(), c.targetDueBy(),
                    v.replyDueBy(), c.investigationDueBy(), c.extended(), c.paused(), c.pausedSince(), v.extensions(),
                    v.pauses(), v.clockHistory(), v.events().stream().filter(e -> REMINDERS.contains(e.type())).toList(),
                    v.events().stream().filter(e -> ESCALATIONS.contains(e.type())).toList());
        }
    }

    /**
     * A case related to this one: {@code MERGED_INTO} the open case this repeat was merged into, {@code REPEAT} a
     * repeat merged into this one, {@code REVIEW} a review request (复核), {@code RECTIFICATION} a rectification
     * action (整改).
     */
    record Related(String relation, String reference, String status, Instant at, String note) {
    }

    static List<Related> related(ComplaintView v, List<Related> repeats) {
        List<Related> related = new ArrayList<>();
        if (v.mergedInto() != null) {
            related.add(new Related("MERGED_INTO", v.mergedInto(), null, null, null));
        }
        related.addAll(repeats);
        v.reviews().forEach(r -> related.add(new Related("REVIEW", "复核 #" + r.reviewId(), r.status().name(),
                r.requestedAt(), r.outcome() == null ? null : r.outcome().name())));
        v.rectifications().forEach(a -> related.add(new Related("RECTIFICATION", "整改 #" + a.getId(),
                a.getStatus().name(), a.getDeadline() == null ? null : a.getDeadline().atStartOfDay(
                        java.time.ZoneId.of("Asia/Shanghai")).toInstant(), a.getDepartment())));
        return related;
    }
}
