package com.casedesk.complaint.review;

import java.time.Instant;

/** A review of a complaint as staff read it. */
public record ReviewView(
        long reviewId,
        String caseNumber,
        ReviewStatus status,
        String reason,
        Instant requestedAt,
        String registeredBy,
        Instant reviewDueBy,
        ReviewOutcome outcome,
        String opinion,
        String reviewedBy,
        Instant decidedAt,
        Instant notifiedAt) {

    static ReviewView of(ComplaintReview r) {
        return new ReviewView(r.getId(), r.getCaseNumber(), r.getStatus(), r.getReason(), r.getRequestedAt(),
                r.getRegisteredBy(), r.getReviewDueBy(), r.getOutcome(), r.getOpinion(), r.getReviewedBy(),
                r.getDecidedAt(), r.getNotifiedAt());
    }
}
