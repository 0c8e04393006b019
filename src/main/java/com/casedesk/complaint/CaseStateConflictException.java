package com.casedesk.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 409: the action does not fit the case's current state (closed, not in handling, already paused…). */
public class CaseStateConflictException extends ErrorResponseException {

    public CaseStateConflictException(String detail) {
        super(HttpStatus.CONFLICT, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setTitle("Not possible in the case's current state");
        return problem;
    }
}
