package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** After repeated unsatisfied rounds the supervisor decides: handle again, or close and point to other remedies. */
@ModelFacing
@Component("recordUnsatisfiedEscalationListener")
class RecordUnsatisfiedEscalationListener implements TaskListener {

    private final CaseRecords records;

    RecordUnsatisfiedEscalationListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String outcome = HandlingRules.supervisorOutcome(TaskInput.required(task, Vars.SUPERVISOR_OUTCOME, 16));
        String note = TaskInput.required(task, Vars.SUPERVISOR_NOTE, 2000);
        records.unsatisfiedDecided(task.getExecution().getProcessBusinessKey(), outcome, note);
    }
}
