package com.casedesk.complaint.grading;

import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.casefile.TaskInput;
import com.casedesk.complaint.ComplaintProcess.Vars;
import com.casedesk.process.TableLookup;
import com.casedesk.security.StaffGroups;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The responsible department (责任部门) of a complaint, from the decision table
 * {@code complaint-department}: process owners change the table, Java only reads it.
 */
@Component
public class ResponsibleDepartment {

    /** Who may be given a Level 1 or 2 investigation: a responsible department, or the department heads themselves. */
    public static final List<String> INVESTIGATION_GROUPS =
            Stream.concat(StaffGroups.DEPARTMENTS.stream(), Stream.of(StaffGroups.SUPERVISOR)).toList();

    /** The department and the table version that named it, for the ledger's event. */
    record Answer(String department, String table) {
    }

    private final TableLookup table;

    ResponsibleDepartment(TableLookup table) {
        this.table = table;
    }

    /** Read once per table version and business line and category ({@link TableLookup}). */
    Answer of(Complaint complaint) {
        String businessLine = complaint.getBusinessLine().name();
        String category = complaint.getCategory().name();
        TableLookup.Row row = table.first(ComplaintProcess.DEPARTMENT_DECISION,
                Map.of("businessLine", businessLine, "category", category));
        return new Answer(department(row.values(), businessLine, category), row.table());
    }

    /** The department table's first row; a business line and category without one is a gap in the table. */
    static String department(Map<String, Object> row, String businessLine, String category) {
        if (row == null || row.get("department") == null) {
            throw new IllegalStateException("decision " + ComplaintProcess.DEPARTMENT_DECISION
                    + " has no row for " + businessLine + "/" + category);
        }
        return (String) row.get("department");
    }

    /** The investigating group chosen in a task form (组织调查, 应急会议), checked against the offered groups. */
    public static String chosenInvestigationGroup(DelegateTask task) {
        String group = offeredInvestigationGroup(TaskInput.required(task, Vars.INVESTIGATION_GROUP, 64));
        Vars.INVESTIGATION_GROUP.set(task, group);
        return group;
    }

    /** Only a department, or the department heads themselves, may be given a Level 1 or 2 investigation. */
    public static String offeredInvestigationGroup(String group) {
        if (!INVESTIGATION_GROUPS.contains(group)) {
            throw new BadUserRequestException(Vars.INVESTIGATION_GROUP + " must be one of " + INVESTIGATION_GROUPS);
        }
        return group;
    }
}
