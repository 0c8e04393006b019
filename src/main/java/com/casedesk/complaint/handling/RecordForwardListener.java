package com.casedesk.complaint.handling;

import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.security.StaffGroups;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 提交领导小组 (Level 1): the department head puts the case before the leadership group with a note. */
@ModelFacing
@Component("recordForwardListener")
class RecordForwardListener implements TaskListener {

    private final CaseEventLog events;

    RecordForwardListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskInput.required(task, Vars.FORWARD_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.FORWARDED_TO_LEADERSHIP,
                "提交 " + StaffGroups.LEADERSHIP + ": " + note);
    }
}
