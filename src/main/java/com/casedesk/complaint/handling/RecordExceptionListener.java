package com.casedesk.complaint.handling;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.stuck.StuckCaseProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** What the supervisor did about a stuck case (异常处理意见) goes into the event log. */
@ModelFacing
@Component("recordExceptionListener")
class RecordExceptionListener implements TaskListener {

    private final CaseEventLog events;

    RecordExceptionListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskInput.required(task, Vars.EXCEPTION_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.SUPERVISION_RECORDED,
                "异常处理：" + note);
    }
}
