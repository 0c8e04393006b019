package com.casedesk.whistleblowing;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import java.util.Collection;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who may reach a report through {@code /api/reports/{reportNumber}/**}: a logged-in member of a
 * whistleblowing group who is not involved in it ({@link InvolvedPersons}: named in it, of the reported
 * unit, or having declared a conflict) — the same independence rule that hides the report's tasks.
 * Everyone else gets the 404 of a report that does not exist, so a refusal confirms nothing.
 * Endpoints may narrow further (the identity reveal is for the custodian only).
 */
@Component
class ReportAccess {

    static final Set<String> WHISTLEBLOWING_GROUPS = Set.of(StaffGroups.WB_INTAKE, StaffGroups.WB_INVESTIGATOR,
            StaffGroups.WB_COMMITTEE, StaffGroups.WB_CUSTODIAN);

    private final JdbcTemplate jdbc;
    private final InvolvedPersons involved;

    ReportAccess(JdbcTemplate jdbc, InvolvedPersons involved) {
        this.jdbc = jdbc;
        this.involved = involved;
    }

    /** Throws the report's 404 unless the current user may see it. */
    void check(String reportNumber) {
        if (!maySee(CurrentUser.get().orElse(null), CurrentUser.groups(), reportNumber)) {
            throw new ReportNotFoundException();
        }
    }

    /** The same rule for a caller the engine knows (a Tasklist session): {@code user} null for nobody. */
    boolean maySee(String user, Collection<String> groups, String reportNumber) {
        boolean member = groups.stream().anyMatch(WHISTLEBLOWING_GROUPS::contains);
        return user != null && member && exists(reportNumber) && !involved.isInvolved(reportNumber, user);
    }

    private boolean exists(String reportNumber) {
        Integer count = jdbc.queryForObject("select count(*) from wb_report where report_number = ?", Integer.class,
                reportNumber);
        return count != null && count > 0;
    }
}
