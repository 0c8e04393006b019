package com.casedesk.complaint.review;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ComplaintReviewRepository extends ListCrudRepository<ComplaintReview, Long> {

    List<ComplaintReview> findByCaseNumberOrderById(String caseNumber);

    Optional<ComplaintReview> findFirstByCaseNumberAndStatusOrderById(String caseNumber, ReviewStatus status);

    /**
     * Locks the complaint's ledger row until the transaction ends, so two applications for the same
     * case registered at the same moment cannot both find no open review. Empty for an unknown case.
     */
    @Query("select id from complaint where case_number = :caseNumber for update")
    Optional<Long> lockComplaint(String caseNumber);

    default ComplaintReview getById(long id) {
        return findById(id).orElseThrow(() -> new IllegalStateException("no complaint_review " + id));
    }
}
