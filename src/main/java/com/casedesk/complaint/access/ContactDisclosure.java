package com.casedesk.complaint.access;

import com.casedesk.security.StaffGroups;
import java.util.Collection;
import java.util.Set;

/**
 * Who reads a complainant's ID number, phone and e-mail in full (least privilege, 令2022年第9号 on
 * personal data; docs/security.md, Masking): the handlers who call the complainant back and verify
 * their identity. Managers, compliance, review, departments, leadership, senior management and
 * everyone else see them partly hidden.
 */
public final class ContactDisclosure {

    static final Set<String> IN_FULL = Set.of(StaffGroups.FRONTLINE, StaffGroups.SUPERVISOR);

    private ContactDisclosure() {
    }

    public static boolean inFull(Collection<String> groups) {
        return groups.stream().anyMatch(IN_FULL::contains);
    }
}
