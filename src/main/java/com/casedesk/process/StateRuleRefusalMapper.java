package com.casedesk.process;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a case-state refusal on the engine's REST APIs as a 409 problem naming the rule in its title,
 * with Camunda's {@code type} and {@code message} fields (Tasklist shows the message).
 */
public class StateRuleRefusalMapper implements ExceptionMapper<StateRuleViolation> {

    @Override
    public Response toResponse(StateRuleViolation e) {
        return RefusalProblem.response(Response.Status.CONFLICT, "CaseStateConflict", e.rule(), e.getMessage(), "rule",
                e.rule());
    }
}
