package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 提交领导小组 (Level 1): the department head puts the case before the leadership group with a note. */
@ModelFacing
@Component("recordForwardListener")
class RecordForwardListener implements TaskListener {

    private final CaseRecords records;

    RecordForwardListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.forwarded(task.getExecution().getProcessBusinessKey(), TaskInput.required(task, Vars.FORWARD_NOTE, 2000));
    }
}
