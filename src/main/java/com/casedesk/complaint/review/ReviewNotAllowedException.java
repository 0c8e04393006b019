package com.casedesk.complaint.review;

import com.casedesk.complaint.Complaint;
import com.casedesk.web.FieldProblem;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 409: the application is well-formed, but the case does not admit a review now (Art. 20). The
 * title tells the three reasons apart; {@code errors} names the field as for a 400.
 */
public class ReviewNotAllowedException extends ErrorResponseException {

    private ReviewNotAllowedException(ProblemDetail detail) {
        super(HttpStatus.CONFLICT, detail, null);
    }

    static ReviewNotAllowedException noDecisionNotice(String caseNumber) {
        return new ReviewNotAllowedException(problem("No decision notice yet",
                "Complaint " + caseNumber + " has no decision notice yet. A review (核查) reviews a decision the"
                        + " complainant has been told; it can be requested once the notice is sent.",
                "caseNumber", "has no decision notice yet"));
    }

    static ReviewNotAllowedException tooLate(Instant decisionNoticeProvedAt, Instant applyBy, int applyWithinDays) {
        ProblemDetail detail = problem("Review period expired",
                "A review must be applied for within " + applyWithinDays + " calendar days of the"
                        + " decision notice reaching the complainant (Art. 20). The notice is proved at " + decisionNoticeProvedAt
                        + " (delivered, else accepted by the channel)"
                        + "; the last day ended at " + applyBy + ".",
                "receivedAt", "is after the end of the review period (" + applyBy + ")");
        detail.setProperty("applyBy", applyBy);
        return new ReviewNotAllowedException(detail);
    }

    static ReviewNotAllowedException alreadyOpen(long openReviewId) {
        ProblemDetail detail = problem("Review already open",
                "Review " + openReviewId + " of this complaint is still open; it must be concluded first.",
                "caseNumber", "has an open review (" + openReviewId + ")");
        detail.setProperty("openReviewId", openReviewId);
        return new ReviewNotAllowedException(detail);
    }

    private static ProblemDetail problem(String title, String text, String field, String message) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, text);
        detail.setTitle(title);
        detail.setProperty("errors", List.of(new FieldProblem(field, message)));
        return detail;
    }
}
