package com.casedesk.complaint.handling;

import com.casedesk.complaint.grading.ResponsibleDepartment;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.TaskInput;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 组织调查 (Level 2): the department head chooses who investigates, the responsible department by default. */
@ModelFacing
@Component("recordInvestigationPlanListener")
class RecordInvestigationPlanListener implements TaskListener {

    private final CaseEventLog events;

    RecordInvestigationPlanListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String group = ResponsibleDepartment.chosenInvestigationGroup(task);
        String note = TaskInput.optional(task, Vars.ORGANISE_NOTE.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.DEPARTMENT_ASSIGNED,
                "组织调查，调查 " + group + (note == null || note.isEmpty() ? "" : ": " + note));
    }
}
