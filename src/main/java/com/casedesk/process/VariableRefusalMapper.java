package com.casedesk.process;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Answers a refused variable on the engine's REST APIs (/engine-rest and the webapps' /camunda/api/engine)
 * as a 400 problem. It carries {@code message} because that is what Tasklist shows, and
 * {@code variable} for clients; it names nothing but the variable the caller sent.
 */
public class VariableRefusalMapper implements ExceptionMapper<VariableNotAllowedException> {

    @Override
    public Response toResponse(VariableNotAllowedException e) {
        return RefusalProblem.response(Response.Status.BAD_REQUEST, "about:blank",
                e instanceof TaskInputRefused ? "Invalid task input" : "Variable not allowed", e.getMessage(), "variable",
                e.getVariable());
    }
}
