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

/**
 * 应急会议与处理方案 (Level 1): the leadership group's handling plan, with the investigating
 * department, the owners and the milestones, goes into the case's event log.
 */
@ModelFacing
@Component("recordLeadershipPlanListener")
class RecordLeadershipPlanListener implements TaskListener {

    private final CaseEventLog events;

    RecordLeadershipPlanListener(CaseEventLog events) {
        this.events = events;
    }

    @Override
    public void notify(DelegateTask task) {
        String group = ResponsibleDepartment.chosenInvestigationGroup(task);
        String owners = TaskInput.required(task, Vars.PLAN_OWNERS.name(), 500);
        String milestones = TaskInput.required(task, Vars.PLAN_MILESTONES.name(), 2000);
        events.append(task.getExecution().getProcessBusinessKey(), CaseEventType.LEADERSHIP_PLAN_RECORDED,
                "责任部门 " + group + "；负责人 " + owners + "；里程碑 " + milestones);
    }
}
