package com.casedesk.complaint;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.data.relational.core.mapping.event.AfterDeleteCallback;
import org.springframework.data.relational.core.mapping.event.AfterSaveCallback;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The complaints one transaction has read or saved, by case number: every service, delegate, listener and
 * guard of one command shares the same {@link Complaint} instead of each reading and mapping the whole
 * aggregate (53 columns and its flags) again. A task completion read its complaint three to six times, an
 * intake five; mapping it was a tenth of a replayed year's time (docs/performance.md, What-if replay).
 *
 * <p>Only inside a transaction, and only that transaction's: the map is dropped when it completes (commit or
 * rollback) and set aside while a {@code REQUIRES_NEW} transaction runs, which reads the committed row for itself
 * (Spring's {@code SimpleTransactionScope} binds the same way, but throws outside a transaction and would need a
 * scoped proxy where the repository's default method can reach it). Without a transaction every read goes to the database, as before. A save puts the saved instance
 * (its version moved) in the map, so a later read in the transaction sees what was written.
 *
 * <p>An SQL update of the complaint row that bypasses the aggregate (a version bump or a mapped column) must
 * {@link #forget} the case, or a later save in the same transaction would write the old values back or fail
 * on the version: {@link ComplaintRepository#assignOwner}, {@link ComplaintRepository#recordEscalation} and
 * {@link ComplaintRetention} do.
 */
public final class ComplaintsInTransaction {

    private static final Object KEY = ComplaintsInTransaction.class;

    private ComplaintsInTransaction() {
    }

    /** The transaction's complaint with this number, else what {@code load} reads (kept when found). */
    static Optional<Complaint> find(String caseNumber, Function<String, Optional<Complaint>> load) {
        Map<String, Complaint> known = current(true);
        if (known == null) {
            return load.apply(caseNumber);
        }
        Complaint c = known.get(caseNumber);
        if (c != null) {
            return Optional.of(c);
        }
        Optional<Complaint> loaded = load.apply(caseNumber);
        loaded.ifPresent(found -> known.put(caseNumber, found));
        return loaded;
    }

    /** The transaction's complaint with this number, if it read or saved one; never reads. */
    static Optional<Complaint> known(String caseNumber) {
        Map<String, Complaint> known = current(false);
        return known == null ? Optional.empty() : Optional.ofNullable(known.get(caseNumber));
    }

    /** The row of this case was changed by SQL: the next read in this transaction reads it again. */
    public static void forget(String caseNumber) {
        Map<String, Complaint> known = current(false);
        if (known != null) {
            known.remove(caseNumber);
        }
    }

    /** The running transaction's map (made if {@code create}), or null outside a transaction. */
    @SuppressWarnings("unchecked")
    private static Map<String, Complaint> current(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Map<String, Complaint> known = (Map<String, Complaint>) TransactionSynchronizationManager.getResource(KEY);
        if (known == null && create) {
            Map<String, Complaint> made = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, made);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() { // a REQUIRES_NEW transaction starts: it makes its own
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(KEY, made);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            known = made;
        }
        return known;
    }

    /** Keeps the map current with every save and delete of a complaint, however it was made. */
    @Component
    static class Callbacks implements AfterSaveCallback<Complaint>, AfterDeleteCallback<Complaint> {

        @Override
        public Complaint onAfterSave(Complaint saved) {
            Map<String, Complaint> known = current(true);
            if (known != null && saved.getCaseNumber() != null) {
                known.put(saved.getCaseNumber(), saved);
            }
            return saved;
        }

        @Override
        public Complaint onAfterDelete(Complaint deleted) {
            if (deleted != null && deleted.getCaseNumber() != null) {
                forget(deleted.getCaseNumber());
            }
            return deleted;
        }
    }
}
