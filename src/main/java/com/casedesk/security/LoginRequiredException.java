package com.casedesk.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 401 raised by a controller when what is asked needs a staff login (e.g. a staff intake channel). */
public class LoginRequiredException extends ErrorResponseException {

    public LoginRequiredException(String detail) {
        super(HttpStatus.UNAUTHORIZED, problem(detail), null);
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, ProblemAuthenticationEntryPoint.CHALLENGE);
        return headers;
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle("Login required");
        return problem;
    }
}
