package com.casedesk.complaint.review;

import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.time.Instant;
import java.util.List;

/**
 * When a case admits a 核查 review (Art. 20), on plain values: the complainant has been told the
 * decision, the application arrived between that notice's proof timestamp (received where the channel
 * reports delivery, else accepted by the channel: {@code NoticeReceipt.proofAt}) and the end of the
 * application period counted from it (and
 * not in the future), and no earlier review of the case is still open. Checked in this order, so the
 * answer names the first reason.
 */
final class ReviewEligibility {

    private final ReviewDeadlines deadlines;

    ReviewEligibility(ReviewDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    /**
     * @param noticeProvedAt the decision notice's proof timestamp (Art. 21), or null when there is none
     * @param receivedAt   when the written application arrived, or null for now
     * @param openReviewId the case's review that is still open, or null
     * @return when the application counts as received: the review period runs from there
     * @throws ReviewNotAllowedException 409 when the case does not admit a review now
     * @throws InvalidRequestException   400 when {@code receivedAt} cannot be right
     */
    Instant admit(String caseNumber, Instant noticeProvedAt, Instant receivedAt, Instant now, Long openReviewId) {
        if (noticeProvedAt == null) {
            throw ReviewNotAllowedException.noDecisionNotice(caseNumber);
        }
        Instant requestedAt = receivedAt == null ? now : receivedAt;
        if (requestedAt.isAfter(now)) {
            throw invalidReceivedAt("must not be in the future");
        }
        if (requestedAt.isBefore(noticeProvedAt)) {
            throw invalidReceivedAt("must not be before the decision notice (proved at " + noticeProvedAt + ")");
        }
        ReviewDeadlines.Periods periods = deadlines.periods(caseNumber);
        Instant applyBy = deadlines.applyBy(noticeProvedAt, periods);
        if (requestedAt.isAfter(applyBy)) {
            throw ReviewNotAllowedException.tooLate(noticeProvedAt, applyBy, periods.applyWithinDays());
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
