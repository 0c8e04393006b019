package com.casedesk.complaint;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A request for the further 30 days of Art. 18, and senior management's decision on it. */
@Table("complaint_extension")
public record ComplaintExtension(@Id Long id, String caseNumber, Kind kind, Integer workingDays, String reason,
                          String requestedBy, Instant requestedAt, Status status, String decidedBy, Instant decidedAt,
                          String opinion) {

    public enum Status { PENDING, APPROVED, REJECTED }

    public enum Kind {
        /** The further 30 days of the reply deadline (Art. 18): senior management approves, the complainant is told. */
        STATUTORY("senior-management"),
        /** More working days for the investigation (002 §4.1): the department head approves, within the reply deadline. */
        INVESTIGATION("complaint-supervisor");

        private final String approverGroup;

        Kind(String approverGroup) {
            this.approverGroup = approverGroup;
        }

        public String approverGroup() {
            return approverGroup;
        }
    }

    public ComplaintExtension decide(boolean approved, String by, Instant at, String note) {
        return new ComplaintExtension(id, caseNumber, kind, workingDays, reason, requestedBy, requestedAt,
                approved ? Status.APPROVED : Status.REJECTED, by, at, note);
    }
}
