package com.casedesk.audit;

/**
 * What the service itself writes to {@code audit_log}. The compliance query also shows facts recorded
 * elsewhere under their own names: grade, owner and deadline changes ({@code case_event} types such as
 * {@code REGRADED}, {@code TASK_ASSIGNED}, {@code DEADLINE_CHANGED}), {@code IDENTITY_REVEALED}
 * ({@code wb_identity_reveal}) and {@code ADMIN_<OPERATION>_<ENTITY>} (the engine's user operation log).
 * Audits filter by these names: rename with care.
 */
public enum AuditAction {
    /** A complaint's ledger record read with the complainant's ID number, phone and e-mail in full. */
    COMPLAINT_READ_FULL,
    /** A complaint's ledger record read with ID number, phone and e-mail masked. */
    COMPLAINT_READ_MASKED,
    /**
     * A staff search of the complaint ledger (GET /api/complaints): the filters, the query (a phone masked),
     * the total and the case numbers shown. Every search is recorded: its rows carry complainants' names.
     */
    COMPLAINT_SEARCH,
    /**
     * A whistleblowing report's pseudonymous view read by whistleblowing staff (the Tasklist case-file tab):
     * never the reporter's identity, which only the custodian's reveal shows (wb_identity_reveal).
     */
    REPORT_READ,
    /** An evidence document's content downloaded. */
    DOCUMENT_DOWNLOADED,
    /** Data taken out of the service in bulk (e.g. the audit log as CSV). */
    EXPORTED,
    /** The retention job anonymized a case's personal data. */
    PERSONAL_DATA_ANONYMIZED,
    /**
     * The retention job deleted anonymized case records kept long enough: one row per batch and case type,
     * naming how many and the cutoff (the cases' own audit rows stay, as every audit row does).
     */
    CASE_RECORDS_PURGED,
    /** A second person approved a new version of a statutory regime table (regime/RegimeVersions). */
    REGIME_TABLE_APPROVED,
    /** Models deployed, by a person or by the release at start-up: the deployment id, keys and versions. */
    MODEL_DEPLOYED,
    /** At start-up the release replaced an owner's newer model ({@code casedesk.models.release-wins=true}). */
    MODEL_RELEASE_WON,
    /**
     * A process owner moved running cases to another version of a process (process/MigrationGuard): the
     * process, source and target version and definition ids, how many instances, whether as a batch.
     */
    INSTANCES_MIGRATED,
    /**
     * A process owner asked for a what-if run of candidate models (whatif/jobs): the run id, the model keys,
     * each file's name and SHA-256, year, cases and seeds.
     */
    WHATIF_REQUESTED,
    /** A what-if run's report (HTML or JSON) read: the run id and which report. */
    WHATIF_READ
}
