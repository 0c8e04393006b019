package com.casedesk.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 400 with every invalid field named. */
public class InvalidRequestException extends ErrorResponseException {

    public InvalidRequestException(List<FieldProblem> problems) {
        super(HttpStatus.BAD_REQUEST, body(problems), null);
    }

    private static ProblemDetail body(List<FieldProblem> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields: " + String.join(", ", problems.stream().map(FieldProblem::field).toList()));
        detail.setTitle("Invalid request");
        detail.setProperty("errors", problems);
        return detail;
    }
}
