package com.casedesk.statistics;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Who may read the statistics. The API checks groups itself: requests to /api/** carry no engine
 * authentication for Camunda's authorization checks to rely on, and the ledger queries bypass the engine.
 */
public final class StatisticsAccess {

    /** Statistics, monthly report, the ledger export and the Cockpit dashboard (req. §8). */
    public static final List<String> STATISTICS = List.of(StaffGroups.MANAGER, StaffGroups.COMPLIANCE);
    /** Bottlenecks also help the process owners who change the models. */
    public static final List<String> BOTTLENECKS = List.of(StaffGroups.MANAGER, StaffGroups.COMPLIANCE,
            StaffGroups.PROCESS_OWNER);

    private StatisticsAccess() {
    }

    /** True if any of the user's groups is allowed. */
    public static boolean allowed(Collection<String> userGroups, List<String> allowedGroups) {
        return userGroups != null && userGroups.stream().anyMatch(allowedGroups::contains);
    }

    /** Throws 403 problem+json unless the logged-in user of this request is in one of the groups. */
    static void require(List<String> allowedGroups) {
        if (!allowed(CurrentUser.groups(), allowedGroups)) {
            ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only members of " + String.join(", ", allowedGroups) + " may read this.");
            detail.setTitle("Forbidden");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, detail, null);
        }
    }
}
