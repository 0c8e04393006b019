package com.casedesk.process;

/**
 * A case-state rule refused what a person asked (see {@link StateConflict}). Not an engine exception, so
 * that the engine REST resources pass it on unwrapped and {@link StateRuleRefusalMapper} answers it as a
 * 409; the API answers it the same (web/ApiProblems).
 */
public class StateRuleViolation extends RuntimeException implements StateConflict {

    private final String rule;
    private final String reason;

    public StateRuleViolation(String rule, String reason) {
        super(rule + ": " + reason);
        this.rule = rule;
        this.reason = reason;
    }

    /** The same refusal as {@code conflict}, which the engine had wrapped. */
    static StateRuleViolation of(StateConflict conflict) {
        return conflict instanceof StateRuleViolation same ? same : new StateRuleViolation(conflict.rule(), conflict.reason());
    }

    @Override
    public String rule() {
        return rule;
    }

    @Override
    public String reason() {
        return reason;
    }
}
