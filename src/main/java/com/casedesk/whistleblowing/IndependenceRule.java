package com.casedesk.whistleblowing;

import com.casedesk.process.TaskAction;
import com.casedesk.process.TaskRule;
import com.casedesk.process.TaskRuleViolation;
import org.springframework.stereotype.Component;

/**
 * 独立性 (independence) on the engine seam: nobody involved in a report (InvolvedPersons) runs any
 * command on its tasks or is given one, on any path. The involved already cannot see the tasks (their
 * REVOKE), so the engine's own authorization refuses most attempts; this rule makes the refusal the
 * same 403 as the complaints' 回避 and also covers the service's own calls (assignment without a user).
 * InvolvedCheckListener still hides each new task and checks assignments a model makes by itself.
 */
@Component
class IndependenceRule implements TaskRule {

    static final String INDEPENDENCE = "独立性 (independence)";

    private final InvolvedPersons involved;

    IndependenceRule(InvolvedPersons involved) {
        this.involved = involved;
    }

    @Override
    public void check(TaskAction action) {
        String reportNumber = action.task().businessKey();
        if (reportNumber == null || !WbProcess.KEY.equals(action.task().processDefinitionKey())) {
            return;
        }
        if (action.actor() != null && involved.isInvolved(reportNumber, action.actor())) {
            throw new TaskRuleViolation(INDEPENDENCE, "you are involved in this report and may not act on its tasks");
        }
        if (action.target() != null && involved.isInvolved(reportNumber, action.target())) {
            throw new TaskRuleViolation(INDEPENDENCE, action.target() + " is involved in this report and cannot be given '"
                    + action.task().name() + "'");
        }
    }
}
