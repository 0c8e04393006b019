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

/** 移交部门主管 (Level 2): the front line hands the case to the department heads with a note. */
@ModelFacing
@Component("recordHandoverListener")
class RecordHandoverListener implements TaskListener {

    private final CaseEventLog events;

    RecordHandoverListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String note = TaskInput.required(task, Vars.HANDOVER_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.HANDED_OVER,
                "移交 " + StaffGroups.SUPERVISOR + ": " + note);
    }
}
