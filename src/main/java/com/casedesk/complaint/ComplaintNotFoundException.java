package com.casedesk.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404; also what a caller gets for a case it may not see, so existence is not revealed. */
public class ComplaintNotFoundException extends ErrorResponseException {

    public ComplaintNotFoundException(String caseNumber) {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such complaint.");
        detail.setTitle("Complaint not found");
        return detail;
    }
}
