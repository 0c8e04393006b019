package com.casedesk.whistleblowing;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 401 for a missing, malformed, unknown or wrong receipt code: one body for every case, so a guesser
 * learns nothing about which part was wrong.
 */
class ReceiptNotRecognisedException extends ErrorResponseException {

    static final String CHALLENGE = "Receipt-Code realm=\"casedesk-mailbox\"";

    ReceiptNotRecognisedException() {
        super(HttpStatus.UNAUTHORIZED, problem(), null);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        headers.setCacheControl("no-store");
        return headers;
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "The receipt code was not recognised. Send the code you received with your report in the"
                        + " X-Receipt-Code header.");
        detail.setTitle("Receipt code not recognised");
        return detail;
    }
}
