package com.casedesk.retention;

import java.time.Instant;
import java.util.List;

/**
 * A case type's personal data, as the retention job erases it. Implemented by the feature that owns the
 * tables (complaint, whistleblowing), so that the knowledge of which column holds what stays there;
 * the case file shared by all types (event details, documents) and the engine history are handled by
 * {@link Retention} itself.
 */
public interface RetentionTarget {

    CaseType caseType();

    /**
     * Cases that ended (closed, withdrawn, refused…) before {@code endedBefore}, are not anonymized yet and
     * have no running process instance (a review, rectification or follow-up still going), oldest first.
     */
    List<String> expired(Instant endedBefore, int limit);

    /**
     * Anonymizes one case's own tables in the caller's transaction. Returns false, changing nothing, when
     * the case is already anonymized (by another node that got there first).
     */
    boolean anonymize(String caseNumber, Instant at);

    /** Cases anonymized before {@code anonymizedBefore}, oldest first: their anonymized record has been kept long enough. */
    List<String> purgeable(Instant anonymizedBefore, int limit);

    /**
     * Deletes what is left of one anonymized case in its type's own tables, in the caller's transaction;
     * the shared case file and its audit rows are {@link Retention}'s.
     */
    void purge(String caseNumber);
}
