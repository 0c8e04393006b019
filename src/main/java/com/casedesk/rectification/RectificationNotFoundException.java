package com.casedesk.rectification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 404 for an action id that does not exist or belongs to another case. */
public class RectificationNotFoundException extends ErrorResponseException {

    public RectificationNotFoundException(String caseNumber, long id) {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No such rectification action on this complaint.");
        detail.setTitle("Rectification action not found");
        return detail;
    }
}
