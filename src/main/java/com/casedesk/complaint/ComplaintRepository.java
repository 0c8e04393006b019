package com.casedesk.complaint;

import java.time.Instant;
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

    /** What a task's card shows of a complaint (complaint/card): its number, level, category and reply deadline. */
    record CardFacts(String caseNumber, Integer level, ComplaintCategory category, Instant replyDueBy) {

        public static CardFacts of(Complaint c) {
            return new CardFacts(c.getCaseNumber(), c.getLevel(), c.getCategory(), c.getReplyDueBy());
        }
    }

    /**
     * The card facts of this complaint: from the complaint this transaction already read or saved, else four
     * columns rather than the whole aggregate and its flags. Every new task's card reads them, and a timer's
     * escalation task reads nothing else of the complaint (docs/performance.md, Timer storm).
     */
    default Optional<CardFacts> findCardFacts(String caseNumber) {
        Optional<Complaint> known = ComplaintsInTransaction.known(caseNumber);
        return known.isPresent() ? known.map(CardFacts::of) : selectCardFacts(caseNumber);
    }

    /** Use {@link #findCardFacts}. */
    @Query("select case_number, level, category, reply_due_by from complaint where case_number = :caseNumber")
    Optional<CardFacts> selectCardFacts(String caseNumber);

    /**
     * Counts one more escalation (the reply deadline passed undecided). One statement instead of reading and
     * rewriting the whole complaint, as in {@link #assignOwner}: a storm of due deadlines fires thousands of
     * these at once (docs/performance.md, Timer storm). The version moves as a save would move it; the count is
     * added to the row's own, so a concurrent change neither loses it nor fails it.
     */
    default void recordEscalation(String caseNumber) {
        if (!incrementEscalationCount(caseNumber)) {
            throw new ComplaintNotFoundException(caseNumber);
        }
        ComplaintsInTransaction.forget(caseNumber); // the version moved under the aggregate
    }

    /** Use {@link #recordEscalation}, which keeps the transaction's complaints current. */
    @Modifying
    @Query("""
            update complaint set escalation_count = escalation_count + 1, version = version + 1
            where case_number = :caseNumber
            """)
    boolean incrementEscalationCount(String caseNumber);

    default Complaint getByCaseNumber(String caseNumber) {
        return findByCaseNumber(caseNumber).orElseThrow(() -> new ComplaintNotFoundException(caseNumber));
    }
}
