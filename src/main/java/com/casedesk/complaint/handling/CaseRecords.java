package com.casedesk.complaint.handling;

import com.casedesk.casefile.CaseEventLog;
import com.casedesk.casefile.CaseEventType;
import com.casedesk.complaint.CompanyPeriod;
import com.casedesk.complaint.CompanyPeriods;
import com.casedesk.complaint.notice.ComplaintNotices;
import com.casedesk.security.StaffGroups;
import org.springframework.stereotype.Component;

/**
 * The handling steps that change nothing in the ledger but must be on record: hand-overs, forwards,
 * plans, progress reports and supervisors' notes, each as one event of the case's log with its wording.
 */
@Component
class CaseRecords {

    private final CaseEventLog events;
    private final CompanyPeriods periods;

    CaseRecords(CaseEventLog events, CompanyPeriods periods) {
        this.events = events;
        this.periods = periods;
    }

    /** 移交部门主管 (Level 2). */
    void handedOver(String caseNumber, String note) {
        events.append(caseNumber, CaseEventType.HANDED_OVER, "移交 " + StaffGroups.SUPERVISOR + ": " + note);
    }

    /** 组织调查 (Level 2): who investigates, the responsible department by default. */
    void investigationOrganised(String caseNumber, String group, String note) {
        events.append(caseNumber, CaseEventType.DEPARTMENT_ASSIGNED, HandlingRules.withNote("组织调查，调查 " + group, note));
    }

    /** 提交领导小组 (Level 1). */
    void forwarded(String caseNumber, String note) {
        events.append(caseNumber, CaseEventType.FORWARDED_TO_LEADERSHIP, "提交 " + StaffGroups.LEADERSHIP + ": " + note);
    }

    /** The department head did not forward in time; the delay is an exception on record. */
    void forwardedAutomatically(String caseNumber) {
        events.append(caseNumber, CaseEventLog.SYSTEM, CaseEventType.EXCEPTION_RAISED,
                "部门主管未在" + ComplaintNotices.span(periods.of(CompanyPeriod.FORWARD_TO_LEADERSHIP)) + "内提交，已自动提交 "
                        + StaffGroups.LEADERSHIP);
    }

    /** 应急会议与处理方案 (Level 1). */
    void leadershipPlan(String caseNumber, String group, String owners, String milestones) {
        events.append(caseNumber, CaseEventType.LEADERSHIP_PLAN_RECORDED,
                "责任部门 " + group + "；负责人 " + owners + "；里程碑 " + milestones);
    }

    void progressReported(String caseNumber, String note) {
        events.append(caseNumber, CaseEventType.PROGRESS_REPORTED, note);
    }

    /** 督办意见 on an overdue case. */
    void supervised(String caseNumber, String note) {
        events.append(caseNumber, CaseEventType.SUPERVISION_RECORDED, note);
    }

    /** 异常处理意见 on a stuck case. */
    void exceptionHandled(String caseNumber, String note) {
        events.append(caseNumber, CaseEventType.SUPERVISION_RECORDED, "异常处理：" + note);
    }

    /** The supervisor's choice after repeated unsatisfied rounds ({@link HandlingRules#supervisorOutcome}). */
    void unsatisfiedDecided(String caseNumber, String outcome, String note) {
        events.append(caseNumber, CaseEventType.SUPERVISION_RECORDED, "多次不满意，主管决定 " + outcome + ": " + note);
    }
}
