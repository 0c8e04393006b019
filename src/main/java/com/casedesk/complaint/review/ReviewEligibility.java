package com.casedesk.complaint.review;

import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;

/**
 * When a case admits a 核查 review (Art. 20), on plain values: the complainant has been told the
 * decision, the application arrived between that notice and the end of the application period (and
 * not in the future), and no earlier review of the case is still open. Checked in this order, so the
 * answer names the first reason.
 */
final class ReviewEligibility {

    private final ReviewDeadlines deadlines;

    ReviewEligibility(ReviewDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * @param noticeSentAt when the decision notice went out, or null when it has not
     * @param receivedAt   when the written application arrived, or null for now
     * @param openReviewId the case's review that is still open, or null
     * @return when the application counts as received: the review period runs from there
     * @throws ReviewNotAllowedException 409 when the case does not admit a review now
     * @throws InvalidRequestException   400 when {@code receivedAt} cannot be right
     */
    Instant admit(String caseNumber, Instant noticeSentAt, Instant receivedAt, Instant now, Long openReviewId) {
        if (noticeSentAt == null) {
            throw ReviewNotAllowedException.noDecisionNotice(caseNumber);
        }
        Instant requestedAt = receivedAt == null ? now : receivedAt;
        if (requestedAt.isAfter(now)) {
            throw invalidReceivedAt("must not be in the future");
        }
        if (requestedAt.isBefore(noticeSentAt)) {
            throw invalidReceivedAt("must not be before the decision notice (sent at " + noticeSentAt + ")");
        }
        Instant applyBy = deadlines.applyBy(noticeSentAt);
        if (requestedAt.isAfter(applyBy)) {
            throw ReviewNotAllowedException.tooLate(noticeSentAt, applyBy);
        }
        if (openReviewId != null) {
            throw ReviewNotAllowedException.alreadyOpen(openReviewId);
        }
        return requestedAt;
    }

    private static InvalidRequestException invalidReceivedAt(String message) {
        return new InvalidRequestException(List.of(new FieldProblem("receivedAt", message)));
    }
}
