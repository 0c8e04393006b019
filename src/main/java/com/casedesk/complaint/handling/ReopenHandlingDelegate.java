package com.casedesk.complaint.handling;

import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The complainant is not satisfied: handle again (重新处理，直至客户满意) and count the round. */
@ModelFacing
@Component("reopenHandlingDelegate")
class ReopenHandlingDelegate implements JavaDelegate {

    private final Handling handling;

    ReopenHandlingDelegate(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int round = handling.reopen(execution.getProcessBusinessKey(), Vars.HANDLING_GROUP.get(execution));
        Vars.HANDLING_ROUND.set(execution, round);
        // a new round asks again whether the front line can resolve it on the spot
        Vars.RESOLVED_ON_SPOT.set(execution, false);
        Vars.SATISFIED_ON_SPOT.set(execution, false);
    }
}
