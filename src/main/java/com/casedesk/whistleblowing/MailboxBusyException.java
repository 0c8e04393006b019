package com.casedesk.whistleblowing;

import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 429 for a mailbox attempt past a rate limit on wrong receipt codes. The same body whichever limit was
 * reached and whatever code was sent (the code is not checked): only Retry-After differs.
 */
class MailboxBusyException extends ErrorResponseException {

    private final long retryAfterSeconds;

    MailboxBusyException(long nanosToWait) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(), null);
        // whole seconds, rounded up: a client retrying on time must not be refused again
        this.retryAfterSeconds = Math.max(1, (nanosToWait + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public HttpHeaders getHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        headers.setCacheControl("no-store");
        return headers;
    }

    private static ProblemDetail problem() {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "邮箱暂时不接受更多尝试，请按 Retry-After 所示秒数后再试。 Too many wrong receipt codes: try again after"
                        + " the number of seconds in Retry-After.");
        detail.setTitle("Too many attempts");
        return detail;
    }
}
