package com.casedesk.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Which owner group may migrate the running cases of which process: the case processes people work in,
 * owned as the access matrix says ({@link AccessMatrix#ownersOf}: complaints by
 * {@link StaffGroups#PROCESS_OWNER}, whistleblowing by {@link StaffGroups#WB_PROCESS_OWNER}).
 */
public final class ProcessOwners {

    private static final List<String> OWNED = Stream.of(AccessMatrix.COMPLAINT_PROCESSES,
            AccessMatrix.WHISTLEBLOWING_PROCESSES).flatMap(List::stream)
            .filter(key -> key.startsWith("complaint-") || key.startsWith("whistleblowing-")).toList();

    private ProcessOwners() {
    }

    /** The groups that own the process with this key: none for a process the service alone runs. */
    public static Set<String> ownerGroupsOf(String processKey) {
        return OWNED.contains(processKey) ? AccessMatrix.ownersOf(processKey).stream()
                .filter(AccessMatrix.MODEL_OWNER_GROUPS::contains).collect(Collectors.toUnmodifiableSet()) : Set.of();
    }

    /** The process keys a group owns. */
    public static List<String> keysOwnedBy(String group) {
        return OWNED.stream().filter(key -> ownerGroupsOf(key).contains(group)).toList();
    }
}
