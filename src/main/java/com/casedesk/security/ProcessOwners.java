package com.casedesk.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which group owns which process: the owners deploy its models and migrate its running cases. For now
 * {@link StaffGroups#PROCESS_OWNER} owns every complaint and whistleblowing model; the per-area owner
 * groups of the access matrix take this place when they land (one method to rewire).
 */
public final class ProcessOwners {

    private static final List<String> OWNED = Stream.of(AccessMatrix.COMPLAINT_PROCESSES,
            AccessMatrix.WHISTLEBLOWING_PROCESSES).flatMap(List::stream)
            .filter(key -> key.startsWith("complaint-") || key.startsWith("whistleblowing-")).toList();

    private ProcessOwners() {
    }

    /** The groups that own the process with this key: none for a process the service alone runs. */
    public static Set<String> ownerGroupsOf(String processKey) {
        return OWNED.contains(processKey) ? Set.of(StaffGroups.PROCESS_OWNER) : Set.of();
    }

    /** The process keys a group owns. */
    public static List<String> keysOwnedBy(String group) {
        return OWNED.stream().filter(key -> ownerGroupsOf(key).contains(group)).toList();
    }
}
