package com.casedesk.complaint.review;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A 核查 review of a complaint decision (Art. 20), from the complainant's written application to
 * the notice of its result. State changes go through the methods below, each called by the step
 * that causes it.
 */
@Table("complaint_review")
public class ComplaintReview {

    @Id
    private Long id;
    private String caseNumber;
    private String reason;
    /** When the written application arrived: the review period runs from here. */
    private Instant requestedAt;
    private String registeredBy;
    private Instant reviewDueBy;
    private ReviewStatus status;
    private ReviewOutcome outcome;
    private String opinion;
    private String reviewedBy;
    private Instant decidedAt;
    private Instant notifiedAt;

    @PersistenceCreator
    ComplaintReview() {
    }

    static ComplaintReview open(String caseNumber, String reason, Instant requestedAt, String registeredBy,
                                Instant reviewDueBy) {
        ComplaintReview r = new ComplaintReview();
        r.caseNumber = caseNumber;
        r.reason = reason;
        r.requestedAt = requestedAt;
        r.registeredBy = registeredBy;
        r.reviewDueBy = reviewDueBy;
        r.status = ReviewStatus.OPEN;
        return r;
    }

    void decide(ReviewOutcome outcome, String opinion, String reviewedBy, Instant at) {
        this.outcome = outcome;
        this.opinion = opinion;
        this.reviewedBy = reviewedBy;
        this.decidedAt = at;
        this.status = ReviewStatus.DECIDED;
    }

    void recordNotified(Instant at) {
        this.notifiedAt = at;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getReason() { return reason; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getReviewDueBy() { return reviewDueBy; }
    public ReviewStatus getStatus() { return status; }
    public ReviewOutcome getOutcome() { return outcome; }
    public String getOpinion() { return opinion; }
    public String getReviewedBy() { return reviewedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public Instant getNotifiedAt() { return notifiedAt; }
}
