package com.casedesk.complaint;

import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The responsible department (责任部门) of a complaint, from the decision table
 * {@code complaint-department}: process owners change the table, Java only reads it.
 */
@Component
class ResponsibleDepartment {

    private final DecisionService decisions;

    ResponsibleDepartment(DecisionService decisions) {
        this.decisions = decisions;
    }

    String of(Complaint complaint) {
        return of(complaint.getBusinessLine().name(), complaint.getCategory().name());
    }

    String of(String businessLine, String category) {
        DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(ComplaintProcess.DEPARTMENT_DECISION,
                        Map.of("businessLine", businessLine, "category", category))
                .getFirstResult();
        if (row == null || row.get("department") == null) {
            throw new IllegalStateException("decision " + ComplaintProcess.DEPARTMENT_DECISION
                    + " has no row for " + businessLine + "/" + category);
        }
        return (String) row.get("department");
    }
}
