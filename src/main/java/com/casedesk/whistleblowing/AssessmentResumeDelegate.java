package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 恢复计时 Resume the clock: the supplement arrived; the assessment due date moves by the time waited. */
@ModelFacing
@Component("wbAssessmentResumeDelegate")
class AssessmentResumeDelegate implements JavaDelegate {

    private final Supplements supplements;

    AssessmentResumeDelegate(Supplements supplements) {
        this.supplements = supplements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.ASSESSMENT_DUE_BY.set(execution, supplements.received(execution.getProcessBusinessKey(),
                Vars.ASSESSMENT_DUE_BY.require(execution), Vars.SUPPLEMENT_REQUESTED_AT.require(execution)));
    }
}
