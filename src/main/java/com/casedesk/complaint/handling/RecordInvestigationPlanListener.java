package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.grading.ResponsibleDepartment;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 组织调查 (Level 2): the department head chooses who investigates, the responsible department by default. */
@ModelFacing
@Component("recordInvestigationPlanListener")
class RecordInvestigationPlanListener implements TaskListener {

    private final CaseRecords records;

    RecordInvestigationPlanListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String group = ResponsibleDepartment.chosenInvestigationGroup(task);
        records.investigationOrganised(task.getExecution().getProcessBusinessKey(), group, TaskInput.optional(task, Vars.ORGANISE_NOTE, 2000));
    }
}
