package com.casedesk.complaint;

import com.casedesk.process.StateConflict;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 409: the action does not fit the case's current state (closed, not in handling, already paused…). The
 * problem's title and {@code rule} name the rule in Chinese and English; {@code message} (what Tasklist
 * shows when a listener's call ends here) is the rule and why.
 */
public class CaseStateConflictException extends ErrorResponseException implements StateConflict {

    private final String rule;
    private final String reason;

    /**
     * @param rule   the rule's name, Chinese with English, e.g. "时钟已暂停 Clock already paused"
     * @param reason why, in English
     */
    public CaseStateConflictException(String rule, String reason) {
        super(HttpStatus.CONFLICT, problem(rule, reason), null);
        this.rule = rule;
        this.reason = reason;
    }

    private static ProblemDetail problem(String rule, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, rule + ": " + reason);
        problem.setTitle(rule);
        problem.setProperty("rule", rule);
        problem.setProperty("message", rule + ": " + reason);
        return problem;
    }

    @Override
    public String rule() {
        return rule;
    }

    @Override
    public String reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
