package com.casedesk.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.complaint.intake.ComplaintIntake;
import com.casedesk.support.Complaints;
import com.casedesk.support.PostgresTest;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction reads a complaint once and shares it ({@link ComplaintsInTransaction}); what it shares never
 * outlives the transaction, never reaches a {@code REQUIRES_NEW} one, and never hides an SQL update of the row.
 */
@PostgresTest
class ComplaintsInTransactionTest {

    @Autowired ComplaintIntake intake;
    @Autowired ComplaintRepository complaints;
    @Autowired PlatformTransactionManager transactions;
    @Autowired ComplaintRetention retention;

    private TransactionTemplate tx;
    private TransactionTemplate newTx;
    private String caseNumber;

    @BeforeEach
    void oneComplaint() {
        tx = new TransactionTemplate(transactions);
        newTx = new TransactionTemplate(transactions);
        newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        caseNumber = intake.register(Complaints.ordinary(), null, null, "zhang.frontline").receipt().caseNumber();
    }

    @Test
    void oneTransactionReadsTheComplaintOnceOutsideOneEveryReadGoesToTheDatabase() {
        tx.executeWithoutResult(s -> {
            Complaint first = complaints.getByCaseNumber(caseNumber);
            assertThat(complaints.getByCaseNumber(caseNumber)).isSameAs(first);
            assertThat(complaints.findByCaseNumber(caseNumber)).containsSame(first);
        });
        assertThat(complaints.getByCaseNumber(caseNumber)).isNotSameAs(complaints.getByCaseNumber(caseNumber));
        AtomicReference<Complaint> inOne = new AtomicReference<>();
        tx.executeWithoutResult(s -> inOne.set(complaints.getByCaseNumber(caseNumber)));
        tx.executeWithoutResult(s -> assertThat(complaints.getByCaseNumber(caseNumber)).isNotSameAs(inOne.get()));
    }

    @Test
    void aSaveIsWhatTheNextReadOfTheTransactionSeesAndALaterSaveOfItSucceeds() {
        tx.executeWithoutResult(s -> {
            Complaint c = complaints.getByCaseNumber(caseNumber);
            c.classifyComplex();
            complaints.save(c);
            Complaint again = complaints.getByCaseNumber(caseNumber);
            assertThat(again.isComplexCase()).isTrue();
            assertThat(again).isSameAs(c);
            again.extend();
            complaints.save(again);
        });
        Complaint stored = complaints.getByCaseNumber(caseNumber);
        assertThat(stored.isComplexCase()).isTrue();
        assertThat(stored.isExtended()).isTrue();
    }

    @Test
    void anOwnerSetBySqlIsReadAgainSoNoSaveWritesTheOldOwnerBackOrFailsOnTheVersion() {
        tx.executeWithoutResult(s -> {
            Complaint before = complaints.getByCaseNumber(caseNumber);
            assertThat(complaints.assignOwner(caseNumber, "li.claims")).isTrue();
            Complaint after = complaints.getByCaseNumber(caseNumber);
            assertThat(after).isNotSameAs(before);
            assertThat(after.getCurrentOwner()).isEqualTo("li.claims");
            after.classifyComplex();
            complaints.save(after);
        });
        Complaint stored = complaints.getByCaseNumber(caseNumber);
        assertThat(stored.getCurrentOwner()).isEqualTo("li.claims");
        assertThat(stored.isComplexCase()).isTrue();
    }

    @Test
    void anEscalationCountedBySqlIsReadAgainSoNoSaveLosesItOrFailsOnTheVersion() {
        int initially = complaints.getByCaseNumber(caseNumber).getEscalationCount();
        tx.executeWithoutResult(s -> {
            Complaint before = complaints.getByCaseNumber(caseNumber);
            complaints.recordEscalation(caseNumber);
            Complaint after = complaints.getByCaseNumber(caseNumber);
            assertThat(after).isNotSameAs(before);
            assertThat(after.getEscalationCount()).isEqualTo(before.getEscalationCount() + 1);
            after.classifyComplex();
            complaints.save(after);
        });
        complaints.recordEscalation(caseNumber);
        Complaint stored = complaints.getByCaseNumber(caseNumber);
        assertThat(stored.getEscalationCount()).isEqualTo(initially + 2);
        assertThat(stored.isComplexCase()).isTrue();
        assertThatThrownBy(() -> complaints.recordEscalation("TS20000101000000")).isInstanceOf(ComplaintNotFoundException.class);
    }

    @Test
    void aCardShowsTheTransactionsComplaintElseTheStoredRow() {
        Complaint stored = complaints.getByCaseNumber(caseNumber);
        assertThat(complaints.findCardFacts(caseNumber)).contains(new ComplaintRepository.CardFacts(caseNumber,
                stored.getLevel(), stored.getCategory(), stored.getReplyDueBy()));
        assertThat(complaints.findCardFacts("TS20000101000000")).isEmpty();
        tx.executeWithoutResult(s -> {
            Complaint c = complaints.getByCaseNumber(caseNumber);
            int other = Integer.valueOf(1).equals(c.getLevel()) ? 2 : 1;
            c.regrade(other, "test", c.getCurrentOwner());
            assertThat(complaints.findCardFacts(caseNumber)).get().extracting(ComplaintRepository.CardFacts::level)
                    .isEqualTo(other);
            s.setRollbackOnly();
        });
    }

    @Test
    void aRequiresNewTransactionReadsTheCommittedRowNotTheOuterOnesUnsavedChange() {
        tx.executeWithoutResult(s -> {
            Complaint outer = complaints.getByCaseNumber(caseNumber);
            outer.classifyComplex(); // changed in memory, not saved
            Complaint inner = newTx.execute(n -> complaints.getByCaseNumber(caseNumber));
            assertThat(inner).isNotSameAs(outer);
            assertThat(inner.isComplexCase()).isFalse();
            assertThat(complaints.getByCaseNumber(caseNumber)).isSameAs(outer);
            s.setRollbackOnly();
        });
        assertThat(complaints.getByCaseNumber(caseNumber).isComplexCase()).isFalse();
    }

    @Test
    void aRolledBackChangeIsNotWhatTheNextTransactionReads() {
        tx.executeWithoutResult(s -> {
            Complaint c = complaints.getByCaseNumber(caseNumber);
            c.classifyComplex();
            complaints.save(c);
            s.setRollbackOnly();
        });
        tx.executeWithoutResult(s -> assertThat(complaints.getByCaseNumber(caseNumber).isComplexCase()).isFalse());
    }

    @Test
    void anAnonymisedCaseIsReadAgainInTheSameTransaction() {
        tx.executeWithoutResult(s -> {
            Complaint before = complaints.getByCaseNumber(caseNumber);
            assertThat(retention.anonymize(caseNumber, Instant.now())).isTrue();
            Complaint after = complaints.getByCaseNumber(caseNumber);
            assertThat(after).isNotSameAs(before);
            assertThat(after.getComplainantIdNumber()).isNull();
            after.classifyComplex();
            complaints.save(after); // its version is the row's: no optimistic-locking failure
            s.setRollbackOnly();
        });
    }
}
