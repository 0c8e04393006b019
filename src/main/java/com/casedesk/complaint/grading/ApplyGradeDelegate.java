package com.casedesk.complaint.grading;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.Levels;
import com.casedesk.complaint.clock.StatutoryClock;
import com.casedesk.process.ModelFacing;
import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.ComplaintProcess.Vars;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Takes the grading decision's result into the ledger and into the variables the model routes on;
 * the level's groups and company target come from the level policy table, the responsible
 * department from the department table.
 */
@ModelFacing
@Component("applyGradeDelegate")
class ApplyGradeDelegate implements JavaDelegate {

    private final ComplaintRepository complaints;
    private final LevelPolicy levels;
    private final StatutoryClock statutoryClock;
    private final ResponsibleDepartment departments;
    private final CaseEventLog events;

    ApplyGradeDelegate(ComplaintRepository complaints, LevelPolicy levels, StatutoryClock statutoryClock,
                       ResponsibleDepartment departments, CaseEventLog events) {
        this.complaints = complaints;
        this.levels = levels;
        this.statutoryClock = statutoryClock;
        this.departments = departments;
        this.events = events;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        Map<String, Object> grading = Vars.GRADING.get(execution);
        if (grading == null) {
            throw new IllegalStateException("decision " + ComplaintProcess.GRADING_DECISION + " matched no rule");
        }
        int level = ((Number) grading.get("level")).intValue();
        String reason = (String) grading.get("reason");
        boolean major = Boolean.TRUE.equals(grading.get("major"));
        LevelPolicy.Policy policy = levels.forLevel(level);

        Complaint complaint = complaints.getByCaseNumber(execution.getProcessBusinessKey());
        complaint.applyGrade(level, reason, policy.handlingGroup(), major);
        complaint = statutoryClock.recompute(complaint, "定级", false);

        routeBy(execution, policy, reason);
        Vars.MAJOR.set(execution, major);
        Vars.REPLY_DUE_BY.set(execution, Date.from(complaint.getReplyDueBy()));
        Vars.GRADING.remove(execution);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.GRADED,
                Levels.label(level) + ": " + reason + " → " + policy.handlingGroup() + (major ? "，重大投诉 (Art. 29)" : ""));
        assignDepartment(execution, policy, departments.of(complaint), events);
    }

    /** The variables every later step routes on; shared with a regrade. */
    static void routeBy(DelegateExecution execution, LevelPolicy.Policy policy, String reason) {
        Vars.LEVEL.set(execution, policy.level());
        Vars.HANDLING_GROUP.set(execution, policy.handlingGroup());
        Vars.ESCALATION_GROUP.set(execution, policy.escalationGroup());
        Vars.GRADING_REASON.set(execution, reason);
    }

    /**
     * The responsible department and who investigates on the level's path; also clears the on-the-spot
     * answer of an earlier round, which the gateway after handling reads. Shared with a regrade.
     */
    static void assignDepartment(DelegateExecution execution, LevelPolicy.Policy policy, String department,
                                 CaseEventLog events) {
        String investigationGroup = policy.level() == 3 ? policy.handlingGroup() : department;
        Vars.RESPONSIBLE_DEPARTMENT.set(execution, department);
        Vars.INVESTIGATION_GROUP.set(execution, investigationGroup);
        Vars.RESOLVED_ON_SPOT.set(execution, false);
        Vars.SATISFIED_ON_SPOT.set(execution, false);
        events.append(execution.getProcessBusinessKey(), CaseEventLog.SYSTEM, CaseEventType.DEPARTMENT_ASSIGNED,
                "责任部门 " + department + "，调查 " + investigationGroup);
    }
}
