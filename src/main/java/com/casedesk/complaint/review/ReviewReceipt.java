package com.casedesk.complaint.review;

import java.time.Instant;

/** The answer to a registered review application. */
public record ReviewReceipt(long reviewId, String caseNumber, ReviewStatus status, Instant requestedAt,
                            Instant reviewDueBy) {

    static ReviewReceipt of(ComplaintReview review) {
        return new ReviewReceipt(review.getId(), review.getCaseNumber(), review.getStatus(), review.getRequestedAt(),
                review.getReviewDueBy());
    }
}
