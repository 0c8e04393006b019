package com.casedesk.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a task rule's refusal (回避, four-eyes, independence) on the engine's REST APIs as a 403
 * problem naming the rule in its title. It keeps Camunda's {@code type} of an authorization refusal
 * ("AuthorizationException", what clients of the engine API tell refusals by) and its {@code message}
 * (what Tasklist shows), and adds nothing of Camunda's (no user id, no missing authorizations).
 */
public class TaskRuleRefusalMapper implements ExceptionMapper<TaskRuleViolation> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(TaskRuleViolation e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "AuthorizationException");
        problem.put("title", e.rule());
        problem.put("status", 403);
        problem.put("detail", e.getMessage());
        problem.put("message", e.getMessage());
        problem.put("rule", e.rule());
        try {
            return Response.status(Response.Status.FORBIDDEN).type("application/problem+json")
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
