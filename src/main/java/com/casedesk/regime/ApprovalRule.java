package com.casedesk.regime;

import com.casedesk.security.StaffGroups;
import java.util.Collection;
import java.util.Optional;

/**
 * Who may approve a new version of a regime table (four-eyes): a member of compliance who did not
 * deploy it, and only while it is pending.
 */
final class ApprovalRule {

    enum Refusal {
        /** 403: only compliance approves statutory tables. */
        NOT_COMPLIANCE,
        /** 403: the person who deployed the version cannot also approve it. */
        DEPLOYED_IT,
        /** 409: nothing left to approve (approved already, or shipped with the service). */
        NOT_PENDING
    }

    private ApprovalRule() {
    }

    static Optional<Refusal> refusal(RegimeVersions.Version version, String approver, Collection<String> approverGroups) {
        if (approver == null || !approverGroups.contains(StaffGroups.COMPLIANCE)) {
            return Optional.of(Refusal.NOT_COMPLIANCE);
        }
        if (approver.equals(version.deployedBy())) {
            return Optional.of(Refusal.DEPLOYED_IT);
        }
        if (version.status() != RegimeVersions.Status.PENDING) {
            return Optional.of(Refusal.NOT_PENDING);
        }
        return Optional.empty();
    }
}
