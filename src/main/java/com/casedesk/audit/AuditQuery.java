package com.casedesk.audit;

import java.time.Instant;

/**
 * Filters of the audit trail; every one is optional. {@code from} is inclusive, {@code to} exclusive.
 * Lines are returned newest first.
 */
public record AuditQuery(Instant from, Instant to, String caseNumber, String actor, String action) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null);
    }

    /** The filters in words, for the record of an export. */
    String describe() {
        StringBuilder text = new StringBuilder();
        append(text, "from", from);
        append(text, "to", to);
        append(text, "caseNumber", caseNumber);
        append(text, "actor", actor);
        append(text, "action", action);
        return text.isEmpty() ? "no filter" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value != null) {
            text.append(text.isEmpty() ? "" : ", ").append(name).append('=').append(value);
        }
    }
}
