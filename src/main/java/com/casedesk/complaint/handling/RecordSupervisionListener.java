package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor's note on an overdue case (督办意见) goes into the event log. */
@ModelFacing
@Component("recordSupervisionListener")
class RecordSupervisionListener implements TaskListener {

    private final CaseRecords records;

    RecordSupervisionListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.supervised(task.getExecution().getProcessBusinessKey(), TaskInput.required(task, Vars.SUPERVISION_NOTE, 2000));
    }
}
