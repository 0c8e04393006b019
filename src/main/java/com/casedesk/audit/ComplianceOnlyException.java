package com.casedesk.audit;

import com.casedesk.security.StaffGroups;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 403 for a logged-in user outside the compliance group. */
class ComplianceOnlyException extends ErrorResponseException {

    ComplianceOnlyException() {
        super(HttpStatus.FORBIDDEN, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "The audit log is open to the group " + StaffGroups.COMPLIANCE + " only.");
        detail.setTitle("Forbidden");
        return detail;
    }
}
