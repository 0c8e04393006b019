package com.casedesk.complaint.grading;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * What a level means, from the decision table {@code complaint-level-policy}: who handles, who is
 * escalated to, and the company's reply target in working days. Process owners change the table;
 * Java only reads it ({@link GradingRules#policy}).
 */
@Component
public class LevelPolicy {

    static final String DECISION = "complaint-level-policy";

    public record Policy(int level, String handlingGroup, String escalationGroup, int targetWorkingDays,
                  int investigationWorkingDays, int investigationMaxWorkingDays) {
    }

    private final DecisionService decisions;

    LevelPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Policy forLevel(int level) {
        return GradingRules.policy(level, decisions.evaluateDecisionTableByKey(DECISION, Map.of("level", level))
                .getSingleResult());
    }
}
