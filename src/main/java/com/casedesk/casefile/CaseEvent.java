package com.casedesk.casefile;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a case's handling progress (处理进度). Never updated once written, except that the retention
 * job blanks the detail text when the case's personal data is anonymized ({@link CaseFileErasure}).
 */
@Table("case_event")
public record CaseEvent(
        @Id Long id,
        String caseNumber,
        Instant occurredAt,
        String actor,
        String eventType,
        String detail) {
}
