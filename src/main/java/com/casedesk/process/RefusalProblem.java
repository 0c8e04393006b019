package com.casedesk.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem+json the refusal mappers answer on the engine's REST APIs: Camunda's {@code type} and
 * {@code message} (what Tasklist shows) beside the problem fields, and one field naming what was refused.
 */
final class RefusalProblem {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RefusalProblem() {
    }

    static Response response(Response.Status status, String type, String title, String message, String refusedField,
            Object refused) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type);
        problem.put("title", title);
        problem.put("status", status.getStatusCode());
        problem.put("detail", message);
        problem.put("message", message);
        problem.put(refusedField, refused);
        try {
            return Response.status(status).type("application/problem+json").entity(JSON.writeValueAsString(problem))
                    .build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
