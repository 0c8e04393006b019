package com.casedesk.complaint.grading;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.Levels;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A person changed the level (up or down) with a reason: the case leaves the handling it was in and
 * re-enters it on the new level's path, groups and company target.
 */
@ModelFacing
@Component("applyRegradeDelegate")
class ApplyRegradeDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final LevelPolicy levels;
    private final StatutoryClock statutoryClock;
    private final ResponsibleDepartment departments;
    private final CaseEventLog events;

    ApplyRegradeDelegate(ComplaintRepository complaints, LevelPolicy levels, StatutoryClock statutoryClock,
                         ResponsibleDepartment departments, CaseEventLog events) {
        this.complaints = complaints;
        this.levels = levels;
        this.statutoryClock = statutoryClock;
        this.departments = departments;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int newLevel = Vars.NEW_LEVEL.get(execution);
        String reason = Vars.REGRADE_REASON.get(execution);
        LevelPolicy.Policy policy = levels.forLevel(newLevel);
        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        int oldLevel = complaint.getLevel();

        complaint.regrade(newLevel, "人工调整: " + reason, policy.handlingGroup());
        complaint = statutoryClock.recompute(complaint, "调整等级", false);

        ApplyGradeDelegate.routeBy(execution, policy, complaint.getGradingReason());
        Vars.REPLY_DUE_BY.set(execution, Date.from(complaint.getReplyDueBy()));
        events.append(complaint.getCaseNumber(), CaseEventType.REGRADED,
                Levels.label(oldLevel) + " → " + Levels.label(newLevel) + ": " + reason);
        ApplyGradeDelegate.assignDepartment(execution, policy, departments.of(complaint), events);
    }
}
