package com.casedesk.process;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A person asked the engine to write a variable they may not write (see {@link TaskVariableGuard}).
 * An {@link AuthorizationException} because it is one, and because it is the one engine exception
 * every engine REST resource passes on unwrapped, so {@link VariableRefusalMapper} answers it as a 400
 * rather than Camunda wrapping it into a 500.
 */
public class VariableNotAllowedException extends AuthorizationException {

    private final String variable;

    VariableNotAllowedException(String variable, String message) {
        super(message);
        this.variable = variable;
    }

    /** The first variable of the request that was refused. */
    public String getVariable() {
        return variable;
    }
}
