package com.casedesk.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** A refused migration on the engine's REST APIs: 403 or 400 problem+json with every reason. */
public class MigrationRefusalMapper implements ExceptionMapper<MigrationRefused> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(MigrationRefused e) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", e.status() == 403 ? "AuthorizationException" : "MigrationRefused");
        problem.put("title", "迁移被拒绝 (migration refused)");
        problem.put("status", e.status());
        problem.put("detail", e.getMessage());
        problem.put("message", e.getMessage());
        problem.put("reasons", e.reasons());
        try {
            return Response.status(e.status()).type("application/problem+json")
                    .entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
