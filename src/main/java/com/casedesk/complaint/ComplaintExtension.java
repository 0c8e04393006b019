package com.casedesk.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A request for the further 30 days of Art. 18, and senior management's decision on it. */
@Table("complaint_extension")
record ComplaintExtension(@Id Long id, String caseNumber, String reason, String requestedBy, Instant requestedAt,
                          Status status, String decidedBy, Instant decidedAt, String opinion) {

    enum Status { PENDING, APPROVED, REJECTED }

    ComplaintExtension decide(boolean approved, String by, Instant at, String note) {
        return new ComplaintExtension(id, caseNumber, reason, requestedBy, requestedAt,
                approved ? Status.APPROVED : Status.REJECTED, by, at, note);
    }
}
