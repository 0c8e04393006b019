package com.casedesk.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers a refused variable on the engine's REST APIs (/engine-rest and the webapps' /camunda/api/engine)
 * as a 400 problem. It carries {@code message} because that is what Tasklist shows, and
 * {@code variable} for clients; it names nothing but the variable the caller sent.
 */
public class VariableRefusalMapper implements ExceptionMapper<VariableNotAllowedException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(VariableNotAllowedException e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", e instanceof TaskInputRefused ? "Invalid task input" : "Variable not allowed");
        problem.put("status", 400);
        problem.put("detail", e.getMessage());
        problem.put("message", e.getMessage());
        problem.put("variable", e.getVariable());
        try {
            return Response.status(Response.Status.BAD_REQUEST).type("application/problem+json")
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
