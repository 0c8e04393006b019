package com.casedesk.complaint.grading;

import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A person changed the level (up or down) with a reason: the case leaves the handling it was in and
 * re-enters it on the new level's path, groups and company target.
 */
@ModelFacing
@Component("applyRegradeDelegate")
class ApplyRegradeDelegate implements JavaDelegate {

    private final Grading grading;

    ApplyRegradeDelegate(Grading grading) {
        this.grading = grading;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ApplyGradeDelegate.routeBy(execution, grading.regrade(execution.getProcessBusinessKey(),
                Vars.NEW_LEVEL.get(execution), Vars.REGRADE_REASON.get(execution)));
    }
}
