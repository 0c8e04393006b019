package com.casedesk.complaint.clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 422: the clock change asked for is not allowed by the rule it names (e.g. 令2020年第3号 Art. 18); nothing was written. */
public class ClockRuleViolation extends ErrorResponseException {

    /** The rule named in Chinese and English, as every refusal names its rule (issue 17). */
    static final String RULE = "法定时限规则 Not allowed by the statutory clock rules";

    public ClockRuleViolation(String article, String detail) {
        super(HttpStatus.UNPROCESSABLE_ENTITY, problem(article, detail), null);
    }

    private static ProblemDetail problem(String article, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, article + ": " + detail);
        problem.setTitle(RULE);
        problem.setProperty("rule", RULE);
        problem.setProperty("article", article);
        problem.setProperty("message", RULE + ": " + article + ": " + detail);
        return problem;
    }

    @Override
    public String getMessage() {
        return getBody().getDetail();
    }
}
