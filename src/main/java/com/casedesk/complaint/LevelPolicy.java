package com.casedesk.complaint;

import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * What a level means, from the decision table {@code complaint-level-policy}: who handles, who is
 * escalated to, and the company's reply target in working days. Process owners change the table;
 * Java only reads it ({@link #read}).
 */
@Component
public class LevelPolicy {

    public static final String DECISION = "complaint-level-policy";

    public record Policy(int level, String handlingGroup, String escalationGroup, int targetWorkingDays,
                  int investigationWorkingDays, int investigationMaxWorkingDays) {
    }

    private final DecisionService decisions;

    LevelPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Policy forLevel(int level) {
        return read(level, decisions.evaluateDecisionTableByKey(DECISION, Map.of("level", level))
                .getSingleResult());
    }

    /** A row of the table read into a policy; a level without a row is a fault in the table. */
    public static Policy read(int level, Map<String, Object> row) {
        if (row == null) {
            throw new IllegalStateException("decision " + DECISION + " has no row for level " + level);
        }
        return new Policy(level, (String) row.get("handlingGroup"), (String) row.get("escalationGroup"),
                ((Number) row.get("targetWorkingDays")).intValue(),
                ((Number) row.get("investigationWorkingDays")).intValue(),
                ((Number) row.get("investigationMaxWorkingDays")).intValue());
    }
}
