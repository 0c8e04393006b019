package com.casedesk.whistleblowing;

import com.casedesk.process.ModelFacing;
import com.casedesk.whistleblowing.WbProcess.Vars;
import com.casedesk.whistleblowing.WbProperties.Regime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * 举报已登记 Report received: pins the report's regime (the intake's; the installation's now for a start
 * without one) and sets the admissibility deadline from the time of receipt under it. A listener
 * rather than {@code ${execution.setVariable(…)}} in the model, because models may not reach the
 * execution object (docs/security.md, Threat model), and a start event takes no output mapping.
 */
@ModelFacing
@Component("wbAssessmentDueListener")
class AssessmentDueListener implements ExecutionListener {

    private final WbClock clock;

    AssessmentDueListener(WbClock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Regime regime = clock.regimeOf(Vars.REGIME.get(execution));
        Vars.REGIME.set(execution, regime.name());
        Vars.ASSESSMENT_DUE_BY.set(execution, clock.assessmentDue(regime, execution.getProcessBusinessKey(),
                Vars.RECEIVED_AT.require(execution)));
    }
}
