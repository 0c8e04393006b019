package com.casedesk.whistleblowing;

import com.casedesk.process.TaskAction;
import com.casedesk.process.TaskAction.Kind;
import com.casedesk.process.TaskRule;
import com.casedesk.process.TaskRuleViolation;
import com.casedesk.whistleblowing.WbProcess.Elements;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.springframework.stereotype.Component;

/**
 * The whistleblowing rules on tasks, asked before every task command on the engine seam
 * (process/TaskCommandGuard), on every path:
 * <ul>
 *   <li>独立性 (independence): nobody involved in a report (InvolvedPersons) runs any command on its
 *       tasks or is given one. They cannot see the tasks either (their REVOKE), so the engine's own
 *       authorization refuses most attempts; this makes the refusal the same 403 everywhere and also
 *       covers the service's own calls;</li>
 *   <li>four-eyes: the investigator may not decide the report, the requester of an extension may not
 *       approve it — not even a committee member, and not by completing without claiming.</li>
 * </ul>
 * The listeners (InvolvedCheckListener, CommitteeDecisionListener, CommitteeExtensionListener) still
 * hide each new task and check what a model does by itself.
 */
@Component
class WbTaskRules implements TaskRule {

    static final String INDEPENDENCE = "独立性 (independence)";
    static final String FOUR_EYES = "四眼原则 (four-eyes)";

    private final InvolvedPersons involved;

    WbTaskRules(InvolvedPersons involved) {
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
        String person = action.kind() == Kind.TAKE ? action.target()
                : action.kind() == Kind.COMPLETE ? action.actor() : null;
        if (person == null) {
            return;
        }
        String activity = action.task().taskDefinitionKey();
        // compared as read: equals needs no cast, and a value of any other type bars nobody
        Object barred = null;
        String role = null;
        if (Elements.DECIDE.equals(activity)) {
            barred = action.task().variable(Vars.INVESTIGATOR.name());
            role = CommitteeReview.INVESTIGATOR;
        } else if (Elements.APPROVE_EXTENSION.equals(activity)) {
            barred = action.task().variable(Vars.EXTENSION_REQUESTED_BY.name());
            role = CommitteeReview.REQUESTER;
        }
        if (person.equals(barred)) {
            throw new TaskRuleViolation(FOUR_EYES, person + " is the " + role + " and may not "
                    + (action.kind() == Kind.TAKE ? "take" : "complete") + " '" + action.task().name() + "'");
        }
    }
}
