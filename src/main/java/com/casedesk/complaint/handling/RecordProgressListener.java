package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 向领导小组汇报进度 (Level 1): the investigating department's progress report. */
@ModelFacing
@Component("recordProgressListener")
class RecordProgressListener implements TaskListener {

    private final CaseRecords records;

    RecordProgressListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.progressReported(task.getExecution().getProcessBusinessKey(), TaskInput.required(task, Vars.PROGRESS_NOTE, 2000));
        // the log keeps it; the next report's form starts empty instead of showing this one
        Vars.PROGRESS_NOTE.remove(task);
    }
}
