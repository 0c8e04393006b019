package com.casedesk.complaint.clock;

import com.casedesk.complaint.Complaint;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Service;

/**
 * The history of a complaint's reply clock (Art. 18, 43): the statutory date it started with and every
 * change, so the statutory date in the ledger can be explained and an inflated on-time rate seen.
 * The first change of a case writes the original date first (cases registered before the history).
 */
@Service
public class ClockHistory {

    public enum Kind {
        /** The statutory date before any change: the original (clock start, 15 days). */
        STARTED,
        COMPLEX,
        EXTENSION_GRANTED,
        /** Refused by the approver, or approved after the statutory date had passed. */
        EXTENSION_REFUSED,
        PAUSED,
        /** {@code days}: the whole days the pause moved the deadline (Art. 43). */
        RESUMED,
        RESTARTED
    }

    /** One change; {@code statutoryDueBy} is the statutory date after it. */
    @Table("complaint_clock_history")
    public record Entry(@Id Long id, String caseNumber, Kind kind, Instant at, String actor, String approver,
                        Integer days, Instant statutoryDueBy, String detail) {
    }

    private final ClockHistoryRepository entries;

    ClockHistory(ClockHistoryRepository entries) {
        this.entries = entries;
    }

    public List<Entry> of(String caseNumber) {
        return entries.findByCaseNumberOrderById(caseNumber);
    }

    /** Call before the complaint's clock fields change, so the original date is still on it. */
    void beforeChange(Complaint complaint) {
        if (!entries.existsByCaseNumber(complaint.getCaseNumber())) {
            entries.save(new Entry(null, complaint.getCaseNumber(), Kind.STARTED, complaint.getClockStartedAt(), null,
                    null, null, complaint.getStatutoryDueBy(), "原法定答复期限"));
        }
    }

    void record(Complaint after, Kind kind, Instant at, String actor, String approver, Integer days, String detail) {
        entries.save(new Entry(null, after.getCaseNumber(), kind, at, actor, approver, days, after.getStatutoryDueBy(),
                detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000)));
    }
}
