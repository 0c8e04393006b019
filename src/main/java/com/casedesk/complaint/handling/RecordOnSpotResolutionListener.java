package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.CallbackOutcome;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.RootCause;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 现场处理 (Level 3): resolved on the spot, or not and on to investigation ({@link HandlingRules#resolveOnSpot}). */
@ModelFacing
@Component("recordOnSpotResolutionListener")
class RecordOnSpotResolutionListener implements TaskListener {

    private final Handling handling;

    RecordOnSpotResolutionListener(Handling handling) {
        this.handling = handling;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean resolved = TaskInput.requiredBoolean(task, Vars.RESOLVED_ON_SPOT);
        // the gateway after handling reads it: always present, never true without a resolution
        boolean satisfied = HandlingRules.satisfiedOnSpot(resolved,
                resolved && TaskInput.optionalBoolean(task, Vars.SATISFIED_ON_SPOT));
        Vars.SATISFIED_ON_SPOT.set(task, satisfied);
        if (!resolved) {
            return;
        }
        handling.resolvedOnSpot(task.getExecution().getProcessBusinessKey(), new HandlingRules.OnSpot(
                TaskInput.requiredEnum(task, Vars.RESULT, DecisionResult.class),
                TaskInput.required(task, Vars.RESOLUTION, 4000),
                // a root cause is required on every decided case (JR/T 0169 cause axis), on the spot too
                TaskInput.requiredEnum(task, Vars.ROOT_CAUSE, RootCause.class), satisfied));
        if (satisfied) {
            Vars.CALLBACK_OUTCOME.set(task, CallbackOutcome.SATISFIED);
        }
    }
}
