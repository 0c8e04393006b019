package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.stuck.StuckCaseProcess.Vars;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What the supervisor did about a stuck case (异常处理意见) goes into the event log. */
@ModelFacing
@Component("recordExceptionListener")
class RecordExceptionListener implements TaskListener {

    private final CaseRecords records;

    RecordExceptionListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        records.exceptionHandled(task.getExecution().getProcessBusinessKey(), TaskInput.required(task, Vars.EXCEPTION_NOTE, 2000));
    }
}
