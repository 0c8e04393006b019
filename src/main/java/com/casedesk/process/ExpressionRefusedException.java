package com.casedesk.process;

import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * An expression outside {@link ExpressionPolicy}: refused before the engine evaluates it. Not a
 * {@code ProcessEngineException}, because the engine's query code wraps those into a plain one (HTTP 500);
 * as a {@link RestException} both {@code /engine-rest} and the webapps' {@code /camunda/api/engine} answer
 * 400 with {@link ExpressionPolicy#REFUSED}, the same text whatever the expression named.
 */
public class ExpressionRefusedException extends RestException {

    ExpressionRefusedException() {
        super(Response.Status.BAD_REQUEST, ExpressionPolicy.REFUSED);
    }
}
