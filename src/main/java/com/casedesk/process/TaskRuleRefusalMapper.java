package com.casedesk.process;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a task rule's refusal (回避, four-eyes, independence) on the engine's REST APIs as a 403
 * problem naming the rule in its title. It keeps Camunda's {@code type} of an authorization refusal
 * ("AuthorizationException", what clients of the engine API tell refusals by) and its {@code message}
 * (what Tasklist shows), and adds nothing of Camunda's (no user id, no missing authorizations).
 */
public class TaskRuleRefusalMapper implements ExceptionMapper<TaskRuleViolation> {

    @Override
    public Response toResponse(TaskRuleViolation e) {
        return RefusalProblem.response(Response.Status.FORBIDDEN, "AuthorizationException", e.rule(), e.getMessage(), "rule",
                e.rule());
    }
}
