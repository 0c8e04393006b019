package com.casedesk.complaint.handling;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.DecisionMeasure;
import com.casedesk.complaint.DecisionResult;
import com.casedesk.complaint.clock.ComplaintClock;
import com.casedesk.rectification.RectificationRows;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Decision taken (处理决定): result, resolution and compensation go into the ledger. */
@ModelFacing
@Component("recordDecisionListener")
class RecordDecisionListener implements TaskListener {

    /** 处理方式, from the decision form; optional for decisions recorded through the API before it existed. */
    static final String MEASURE = "measure";

    private final ComplaintRepository complaints;
    private final ComplaintClock clock;
    private final CaseEventLog events;
    private final RectificationRows rectificationRows;

    RecordDecisionListener(ComplaintRepository complaints, ComplaintClock clock, CaseEventLog events,
                           RectificationRows rectificationRows) {
        this.complaints = complaints;
        this.clock = clock;
        this.events = events;
        this.rectificationRows = rectificationRows;
    }

    @Override
    public void notify(DelegateTask task) {
        DecisionResult result = TaskInput.requiredEnum(task, Vars.RESULT.name(), DecisionResult.class);
        DecisionMeasure measure = TaskInput.raw(task, MEASURE) == null ? null
                : TaskInput.requiredEnum(task, MEASURE, DecisionMeasure.class);
        String resolution = TaskInput.required(task, Vars.RESOLUTION.name(), 4000);
        BigDecimal compensation = TaskInput.optionalAmount(task, Vars.COMPENSATION_AMOUNT.name());
        // the approval gateway reads it: always present, as a plain number (never a serialized BigDecimal)
        Vars.COMPENSATION_AMOUNT.set(task, compensation == null ? null : compensation.doubleValue());
        Complaint complaint = complaints.getByCaseNumber(task.getExecution().getProcessBusinessKey());
        complaint.recordDecision(result, measure, resolution, compensation, clock.now(), events.currentActor());
        complaints.save(complaint);
        rectificationRows.open(task, complaint.getCaseNumber());
        events.append(complaint.getCaseNumber(), CaseEventType.DECISION_RECORDED, result.label() + " (" + result + ")"
                + (measure == null ? "" : "，" + measure.label())
                + (compensation == null ? "" : ", 赔偿 " + compensation.toPlainString() + " 元"));
    }
}
