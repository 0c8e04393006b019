package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 移交部门主管 (Level 2): the front line hands the case to the department heads with a note. */
@ModelFacing
@Component("recordHandoverListener")
class RecordHandoverListener implements TaskListener {

    private final CaseRecords records;

    RecordHandoverListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.handedOver(task.getExecution().getProcessBusinessKey(), TaskInput.required(task, Vars.HANDOVER_NOTE, 2000));
    }
}
