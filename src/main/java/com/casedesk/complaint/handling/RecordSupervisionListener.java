package com.casedesk.complaint.handling;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The supervisor's note on an overdue case (督办意见) goes into the event log. */
@ModelFacing
@Component("recordSupervisionListener")
class RecordSupervisionListener implements TaskListener {

    private final CaseEventLog events;

    RecordSupervisionListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskInput.required(task, Vars.SUPERVISION_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.SUPERVISION_RECORDED, note);
    }
}
