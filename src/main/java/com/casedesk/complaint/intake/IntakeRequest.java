package com.casedesk.complaint.intake;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** Remembers which case an Idempotency-Key created, and a hash of the request that created it. */
@Table("intake_request")
record IntakeRequest(@Id String idempotencyKey, String requestHash, String caseNumber, Instant createdAt) {
}
