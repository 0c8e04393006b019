package com.casedesk.process;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A task rule refused the command. An {@link AuthorizationException}, so that both engine REST APIs
 * ({@code /engine-rest} and Tasklist's {@code /camunda/api/engine}) answer 403 with a body whose
 * {@code type} is this class and whose {@code message} (what Tasklist shows) starts with the rule.
 */
public class TaskRuleViolation extends AuthorizationException {

    private final String rule;

    /**
     * @param rule   the rule's name as staff know it, e.g. "回避 (recusal, Art. 17)"
     * @param reason why, without naming anything the person may not see
     */
    public TaskRuleViolation(String rule, String reason) {
        super(rule + ": " + reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
