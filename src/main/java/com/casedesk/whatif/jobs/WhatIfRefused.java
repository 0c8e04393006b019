package com.casedesk.whatif.jobs;

/**
 * A what-if request or read refused: 403 (not an owner of the models, {@code rule} names the rule), 404 (no such
 * run, or one the caller may not read: the same answer), 409 (no report yet) or 422 (an Idempotency-Key reused
 * for another request). Each front (API, Cockpit) answers it with its status.
 */
public final class WhatIfRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    /** Only the owners of every model key a candidate defines may run or read it. */
    public static final String OWNER_RULE = "whatif-model-owner";

    private final int status;
    private final String rule;

    WhatIfRefused(int status, String rule, String message) {
        super(message, null, false, false);
        this.status = status;
        this.rule = rule;
    }

    public int status() {
        return status;
    }

    /** The rule that refused (403), else null. */
    public String rule() {
        return rule;
    }
}
