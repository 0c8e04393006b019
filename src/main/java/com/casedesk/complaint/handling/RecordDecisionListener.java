package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.process.ModelFacing;
import com.casedesk.rectification.RectificationRows;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Decision taken (处理决定): result, resolution and compensation go into the ledger, rectification rows become actions. */
@ModelFacing
@Component("recordDecisionListener")
class RecordDecisionListener implements TaskListener {

    /** 处理方式, from the decision form; optional for decisions recorded through the API before it existed. */

    private final Handling handling;
    private final RectificationRows rectificationRows;

    RecordDecisionListener(Handling handling, RectificationRows rectificationRows) {
        this.handling = handling;
        this.rectificationRows = rectificationRows;
    }

    @Override
    public void notify(DelegateTask task) {
        DecisionResult result = TaskInput.requiredEnum(task, Vars.RESULT, DecisionResult.class);
        DecisionMeasure measure = Vars.MEASURE.submitted(task) == null ? null
                : TaskInput.requiredEnum(task, Vars.MEASURE, DecisionMeasure.class);
        String resolution = TaskInput.required(task, Vars.RESOLUTION, 4000);
        BigDecimal compensation = TaskInput.optionalAmount(task, Vars.COMPENSATION_AMOUNT);
        // the approval gateway reads it: always present, as a plain number (never a serialized BigDecimal)
        Vars.COMPENSATION_AMOUNT.set(task, compensation == null ? null : compensation.doubleValue());
        String caseNumber = task.getExecution().getProcessBusinessKey();
        handling.decide(caseNumber, new HandlingRules.Decision(result, measure, resolution, compensation));
        rectificationRows.open(task, caseNumber);
    }
}
