package com.casedesk.complaint.handling;

import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.complaint.grading.ResponsibleDepartment;
import com.casedesk.process.ModelFacing;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 应急会议与处理方案 (Level 1): the leadership group's handling plan, with the investigating
 * department, the owners and the milestones, goes into the case's event log.
 */
@ModelFacing
@Component("recordLeadershipPlanListener")
class RecordLeadershipPlanListener implements TaskListener {

    private final CaseRecords records;

    RecordLeadershipPlanListener(CaseRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateTask task) {
        String group = ResponsibleDepartment.chosenInvestigationGroup(task);
        String owners = TaskInput.required(task, Vars.PLAN_OWNERS, 500);
        String milestones = TaskInput.required(task, Vars.PLAN_MILESTONES, 2000);
        records.leadershipPlan(task.getExecution().getProcessBusinessKey(), group, owners, milestones);
    }
}
