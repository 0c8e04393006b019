package com.casedesk.audit;

import java.time.Instant;

/**
 * One line of the audit trail, whichever table holds it.
 *
 * @param source where the fact is recorded: {@code AUDIT_LOG}, {@code CASE_EVENT}, {@code IDENTITY_REVEAL}
 *               or {@code ENGINE_OP_LOG} (Camunda's user operation log, category Admin)
 * @param id     the row's id in its source
 */
public record AuditEntry(String source, String id, Instant occurredAt, String actor, String action, String caseNumber,
                         String detail, String reason) {
}
