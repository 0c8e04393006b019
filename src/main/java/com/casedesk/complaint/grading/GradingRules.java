package com.casedesk.complaint.grading;

import com.casedesk.complaint.LevelPolicy;

import com.casedesk.complaint.CaseStateConflictException;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.Levels;
import java.util.Map;

/**
 * The grading rules as plain functions: what the grading and level-policy tables' rows mean, who
 * investigates on which level, and what a person's regrade (the override of the table's grade) may do.
 * The tables themselves stay with the process owners; this reads their rows.
 */
public final class GradingRules {

    /** The grading table's answer for one complaint. */
    public record Grade(int level, String reason, boolean major) {
    }

    private GradingRules() {
    }

    /** The grading table's single row; no row is a fault in the table, never a silent default. */
    public static Grade grade(Map<String, Object> row) {
        if (row == null) {
            throw new IllegalStateException("decision " + ComplaintProcess.GRADING_DECISION + " matched no rule");
        }
        return new Grade(((Number) row.get("level")).intValue(), (String) row.get("reason"),
                Boolean.TRUE.equals(row.get("major")));
    }

    /** Level 3 is investigated by the front line that handles it; Levels 1 and 2 by the responsible department. */
    public static String investigationGroup(LevelPolicy.Policy policy, String department) {
        return policy.level() == 3 ? policy.handlingGroup() : department;
    }

    /** A regrade must change the level; the same level again would restart handling for nothing. */
    public static void requireNewLevel(Integer current, int requested) {
        if (current != null && current == requested) {
            throw new CaseStateConflictException("级别未变 Same level", "The complaint already has level " + requested + ".");
        }
    }

    /** The grading reason a person's regrade leaves in the ledger, marked as not the table's. */
    public static String regradeReason(String reason) {
        return "人工调整: " + reason;
    }

    static String gradedDetail(Grade grade, LevelPolicy.Policy policy) {
        return Levels.label(grade.level()) + ": " + grade.reason() + " → " + policy.handlingGroup()
                + (grade.major() ? "，重大投诉 (Art. 29)" : "");
    }

    static String regradedDetail(int oldLevel, int newLevel, String reason) {
        return Levels.label(oldLevel) + " → " + Levels.label(newLevel) + ": " + reason;
    }

    /** The table version is named: the ledger is where a case's lookup is recorded (TableLookup). */
    static String departmentDetail(String department, String investigationGroup, String table) {
        return "责任部门 " + department + "，调查 " + investigationGroup + "（" + table + "）";
    }
}
