package com.casedesk.complaint.access;

import com.casedesk.complaint.ComplaintNotFoundException;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import com.casedesk.process.EngineTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may see a complaint through our API: the same people who see it in Tasklist and Cockpit
 * (security/AccessMatrix). Oversight groups see every complaint; everybody else only the cases they
 * work on — a task of the case was or is theirs or their group's, or they acted on it (registered
 * it, paused its clock…). Nobody barred from the case (回避, Recusal: the respondent, a declared
 * conflict) sees it, whatever their group. A case the caller may not see is answered like a case
 * that does not exist.
 */
@Component
public class CaseAccess {

    /**
     * Read every complaint: administrators, managers, compliance, the leadership group (002 §5) and
     * the department heads, who supervise handling (escalations, approvals, rectification actions).
     */
    static final Set<String> SEE_EVERY_CASE = Set.of(StaffGroups.ADMIN, StaffGroups.MANAGER, StaffGroups.COMPLIANCE,
            StaffGroups.LEADERSHIP, StaffGroups.SUPERVISOR);

    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final CaseConflictRepository conflicts;

    CaseAccess(HistoryService history, JdbcTemplate jdbc, CaseConflictRepository conflicts) {
        this.history = history;
        this.jdbc = jdbc;
        this.conflicts = conflicts;
    }

    /** Throws 404 unless the logged-in caller may see the case. */
    public void check(String caseNumber) {
        String user = CurrentUser.get().orElseThrow(() -> new ComplaintNotFoundException(caseNumber));
        if (!maySee(user, CurrentUser.groups(), caseNumber)) {
            throw new ComplaintNotFoundException(caseNumber);
        }
    }

    public boolean maySee(String user, List<String> groups, String caseNumber) {
        if (conflicts.existsByCaseNumberAndUserId(caseNumber, user)) {
            return false;
        }
        if (groups.stream().anyMatch(SEE_EVERY_CASE::contains)) {
            return true;
        }
        // every process of a case (handling, extension, notice, review, rectification) has the case
        // number as business key; the queries run as the service, without engine authorization
        if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .taskInvolvedUser(user).count() > 0) {
            return true;
        }
        for (String group : groups) {
            if (history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .taskHadCandidateGroup(group).count() > 0) {
                return true;
            }
        }
        Integer acted = jdbc.queryForObject(
                "select count(*) from case_event where case_number = ? and actor = ?", Integer.class, caseNumber, user);
        return acted != null && acted > 0;
    }

    /**
     * The same rule as {@link #maySee} as an SQL condition on the ledger's {@code caseNumberColumn}, for a
     * search that must page and count only what the caller may see: never filter after paging. Keep the
     * two in step (ComplaintSearchApiTest plays every role against both).
     */
    public SqlCondition visibleTo(String user, List<String> groups, String caseNumberColumn) {
        List<Object> args = new ArrayList<>();
        String notRecused = "not exists (select 1 from case_conflict cc where cc.case_number = " + caseNumberColumn
                + " and cc.user_id = ?)";
        args.add(user);
        if (groups.stream().anyMatch(SEE_EVERY_CASE::contains)) {
            return new SqlCondition(notRecused, args);
        }
        // the ledger's own events first: one index-only probe (ix_case_event_actor) settles most cases a person
        // worked on; the engine's history only for cases merely offered to their group
        String worked = "(exists (select 1 from case_event e where e.case_number = " + caseNumberColumn + " and e.actor = ?)"
                + " or " + EngineTables.caseHadTaskInvolving(caseNumberColumn, groups.size()) + ")";
        args.add(user);
        args.add(user);
        args.addAll(groups);
        return new SqlCondition(notRecused + " and " + worked, args);
    }

    /** A condition to splice into a where clause, with its parameters in order. */
    public record SqlCondition(String sql, List<Object> args) {
    }
}
