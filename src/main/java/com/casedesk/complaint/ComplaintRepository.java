package com.casedesk.complaint;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ComplaintRepository extends ListCrudRepository<Complaint, Long> {

    /**
     * The complaint with this number: the one this transaction already read or saved, if any
     * ({@link ComplaintsInTransaction}), else read from the database.
     */
    default Optional<Complaint> findByCaseNumber(String caseNumber) {
        return ComplaintsInTransaction.find(caseNumber, this::selectByCaseNumber);
    }

    /**
     * Always from the database; use {@link #findByCaseNumber}. Spelled out rather than derived from the
     * method name: a derived query is built anew on every call (docs/performance.md, Intake).
     */
    @Query("select * from complaint where case_number = :caseNumber")
    Optional<Complaint> selectByCaseNumber(String caseNumber);

    /**
     * An open complaint by the same person about the same kind of matter against the same unit: a repeat
     * complaint (Art. 18 ¶3). "The same person" is the same name and the same ID number (either case of
     * the check digit X, so the index on the ID number is used): a phone number, an e-mail address or an
     * ID number alone is known to others and must not open someone else's case (issue 13 §5).
     */
    @Query("""
            select * from complaint
            where status not in ('CLOSED', 'WITHDRAWN', 'MERGED')
              and category = :category
              and coalesce(respondent_unit, '') = coalesce(:unit, '')
              and complainant_id_number in (:idNumberUpper, :idNumberLower)
              and complainant_name = :name
            order by id
            """)
    java.util.List<Complaint> findOpenRepeatOf(String category, String unit, String name, String idNumberUpper,
                                               String idNumberLower);

    /** The submissions merged into a case as repeats, oldest first: what the case has been told since. */
    @Query("select * from complaint where merged_into = :caseNumber order by id")
    java.util.List<Complaint> findByMergedInto(String caseNumber);

    /**
     * Names the complaint's current owner unless it already is the one named; true when it was changed. The
     * owner follows every task's creation and assignment (ComplaintOwnerTracker), so this is one statement
     * instead of reading and rewriting the whole complaint; the version moves as a save would move it.
     */
    default boolean assignOwner(String caseNumber, String owner) {
        boolean changed = updateOwner(caseNumber, owner);
        if (changed) {
            ComplaintsInTransaction.forget(caseNumber); // the version moved under the aggregate
        }
        return changed;
    }

    /** Use {@link #assignOwner}, which keeps the transaction's complaints current. */
    @Modifying
    @Query("""
            update complaint set current_owner = :owner, version = version + 1
            where case_number = :caseNumber and (current_owner is null or current_owner <> :owner)
            """)
    boolean updateOwner(String caseNumber, String owner);

    default Complaint getByCaseNumber(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new ComplaintNotFoundException(caseNumber));
    }
}
