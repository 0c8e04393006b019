package com.casedesk.whistleblowing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404, also for staff who may not know whether the report exists (existence hiding). */
class ReportNotFoundException extends ErrorResponseException {

    ReportNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such report.");
        detail.setTitle("Report not found");
        return detail;
    }
}
