package com.casedesk.complaint.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: the Idempotency-Key was used before for a different complaint. */
public class IdempotencyConflictException extends ErrorResponseException {

    public IdempotencyConflictException(String key) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "This Idempotency-Key was already used for a different complaint. Use a new key for a new complaint.");
        detail.setTitle("Idempotency-Key reused");
        detail.setProperty("errors", java.util.List.of(new com.casedesk.web.FieldProblem("Idempotency-Key",
                "was already used for a different request")));
        return detail;
    }
}
