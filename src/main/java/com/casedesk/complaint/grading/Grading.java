package com.casedesk.complaint.grading;

import com.casedesk.complaint.LevelPolicy;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.ComplaintRepository;
import com.casedesk.complaint.card.ComplaintTaskCards;
import com.casedesk.complaint.clock.StatutoryClock;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Grades a case and regrades it: the ledger takes the level, the statutory clock the level's target,
 * and the case gets its responsible department and investigating group. The answer is what the model
 * routes on; the delegates only copy it into process variables.
 */
@Component
public class Grading {

    /** Where a graded case goes next: the level's groups, its deadline and who investigates. */
    public record Routing(LevelPolicy.Policy policy, String reason, Date replyDueBy, String department,
                          String investigationGroup) {
    }

    private final ComplaintRepository complaints;
    private final LevelPolicy levels;
    private final StatutoryClock statutoryClock;
    private final ResponsibleDepartment departments;
    private final CaseEventLog events;
    private final GradingReasons reasons;
    private final ComplaintTaskCards cards;

    Grading(ComplaintRepository complaints, LevelPolicy levels, StatutoryClock statutoryClock,
            ResponsibleDepartment departments, CaseEventLog events, GradingReasons reasons, ComplaintTaskCards cards) {
        this.cards = cards;
        this.complaints = complaints;
        this.levels = levels;
        this.statutoryClock = statutoryClock;
        this.departments = departments;
        this.events = events;
        this.reasons = reasons;
    }

    /**
     * The grading table's grade, taken at intake: its level from the table's answer, its reason from every
     * row the case's facts (as the ledger holds them, the same the process started with) match.
     */
    public Routing grade(String caseNumber, GradingRules.Grade first) {
        LevelPolicy.Policy policy = levels.forLevel(first.level());
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        GradingRules.Grade grade = new GradingRules.Grade(first.level(),
                reasons.of(ComplaintProcess.startVariables(complaint)), first.major());
        complaint.applyGrade(grade.level(), grade.reason(), policy.handlingGroup(), grade.major());
        complaint = statutoryClock.recompute(complaint, "定级", false);
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.GRADED, GradingRules.gradedDetail(grade, policy));
        return assignDepartment(complaint, policy, grade.reason());
    }

    /** A person's new level with a reason: the case re-enters handling on that level's path. */
    public Routing regrade(String caseNumber, int newLevel, String reason) {
        LevelPolicy.Policy policy = levels.forLevel(newLevel);
        Complaint complaint = complaints.getByCaseNumber(caseNumber);
        int oldLevel = complaint.getLevel();
        // the same level is no regrade: a case sent back to handling (核查撤销) re-enters here on its own level
        boolean changed = oldLevel != newLevel;
        complaint.regrade(newLevel, changed ? GradingRules.regradeReason(reason) : complaint.getGradingReason(),
                policy.handlingGroup());
        complaint = statutoryClock.recompute(complaint, "调整等级", false);
        if (changed) {
            events.append(caseNumber, CaseEventType.REGRADED, GradingRules.regradedDetail(oldLevel, newLevel, reason));
        }
        return assignDepartment(complaint, policy, complaint.getGradingReason());
    }

    private Routing assignDepartment(Complaint complaint, LevelPolicy.Policy policy, String reason) {
        // the level (and with it the deadline) changed: the case's open tasks show it on their cards
        cards.refresh(complaint);
        ResponsibleDepartment.Answer answer = departments.of(complaint);
        String department = answer.department();
        String investigationGroup = GradingRules.investigationGroup(policy, department);
        events.append(complaint.getCaseNumber(), CaseEventLog.SYSTEM, CaseEventType.DEPARTMENT_ASSIGNED,
                GradingRules.departmentDetail(department, investigationGroup, answer.table()));
        return new Routing(policy, reason, Date.from(complaint.getReplyDueBy()), department, investigationGroup);
    }
}
