package com.casedesk.complaint.grading;

import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes the grading decision's result into the ledger ({@link Grading}) and into the variables the model routes on. */
@ModelFacing
@Component("applyGradeDelegate")
class ApplyGradeDelegate implements JavaDelegate {

    private final Grading grading;

    ApplyGradeDelegate(Grading grading) {
        this.grading = grading;
    }

    @Override
    public void execute(DelegateExecution execution) {
        GradingRules.Grade grade = GradingRules.grade(Vars.GRADING.get(execution));
        routeBy(execution, grading.grade(execution.getProcessBusinessKey(), grade));
        Vars.MAJOR.set(execution, grade.major());
        Vars.GRADING.remove(execution);
    }

    /**
     * The variables every later step routes on; also clears the on-the-spot answer of an earlier round,
     * which the gateway after handling reads. Shared with a regrade.
     */
    static void routeBy(DelegateExecution execution, Grading.Routing routing) {
        Vars.LEVEL.set(execution, routing.policy().level());
        Vars.HANDLING_GROUP.set(execution, routing.policy().handlingGroup());
        Vars.ESCALATION_GROUP.set(execution, routing.policy().escalationGroup());
        Vars.GRADING_REASON.set(execution, routing.reason());
        Vars.REPLY_DUE_BY.set(execution, routing.replyDueBy());
        Vars.RESPONSIBLE_DEPARTMENT.set(execution, routing.department());
        Vars.INVESTIGATION_GROUP.set(execution, routing.investigationGroup());
        Vars.RESOLVED_ON_SPOT.set(execution, false);
        Vars.SATISFIED_ON_SPOT.set(execution, false);
    }
}
