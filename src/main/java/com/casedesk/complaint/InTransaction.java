package com.casedesk.complaint;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the running transaction: made on first use, dropped when the transaction
 * completes (commit or rollback), set aside while a {@code REQUIRES_NEW} transaction runs (which makes its own)
 * and back when it resumes. Outside a transaction there is none.
 */
final class InTransaction {

    private InTransaction() {
    }

    /** The transaction's value under {@code key}, made by {@code make} the first time; null outside a transaction. */
    static <T> T value(Object key, Supplier<T> make) {
        if (!active()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T value = (T) TransactionSynchronizationManager.getResource(key);
        if (value == null) {
            T made = make.get();
            TransactionSynchronizationManager.bindResource(key, made);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(key, made);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                }
            });
            value = made;
        }
        return value;
    }

    /** The transaction's value under {@code key} if it was made, else null. */
    @SuppressWarnings("unchecked")
    static <T> T existing(Object key) {
        return active() ? (T) TransactionSynchronizationManager.getResource(key) : null;
    }

    private static boolean active() {
        return TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive();
    }
}
