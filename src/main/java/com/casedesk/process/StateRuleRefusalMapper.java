package com.casedesk.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a case-state refusal on the engine's REST APIs as a 409 problem naming the rule in its title,
 * with Camunda's {@code type} and {@code message} fields (Tasklist shows the message).
 */
public class StateRuleRefusalMapper implements ExceptionMapper<StateRuleViolation> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(StateRuleViolation e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "CaseStateConflict");
        problem.put("title", e.rule());
        problem.put("status", 409);
        problem.put("detail", e.getMessage());
        problem.put("message", e.getMessage());
        problem.put("rule", e.rule());
        try {
            return Response.status(Response.Status.CONFLICT).type("application/problem+json")
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
