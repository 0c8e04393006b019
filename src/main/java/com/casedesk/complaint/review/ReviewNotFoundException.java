package com.casedesk.complaint.review;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 for a review id that does not exist or belongs to another case. */
public class ReviewNotFoundException extends ErrorResponseException {

    public ReviewNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such review of this complaint.");
        detail.setTitle("Review not found");
        return detail;
    }
}
