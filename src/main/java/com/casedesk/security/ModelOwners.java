package com.casedesk.security;

import com.casedesk.process.ModelOwnership;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The access matrix's ownership table, for the engine seam and the model APIs. */
@Component
class ModelOwners implements ModelOwnership {

    @Override
    public boolean owns(Collection<String> groups, String key) {
        if (groups == null || groups.isEmpty()) {
            return false;
        }
        if (groups.contains(StaffGroups.ADMIN)) {
            return true;
        }
        List<String> owners = key == null ? List.of() : AccessMatrix.ownersOf(key);
        if (owners.isEmpty()) {
            // unassigned (a new model outside every area's prefix): any owner, until the matrix assigns it
            return groups.stream().anyMatch(AccessMatrix.MODEL_OWNER_GROUPS::contains);
        }
        return groups.stream().anyMatch(owners::contains);
    }

    @Override
    public List<String> ownersOf(String key) {
        return AccessMatrix.ownersOf(key);
    }

    @Override
    public boolean ownsAny(Collection<String> groups) {
        return groups != null && Stream.concat(Stream.of(StaffGroups.ADMIN), Stream.concat(
                AccessMatrix.MODEL_OWNER_GROUPS.stream(), AccessMatrix.MODEL_OWNERS.values().stream().flatMap(List::stream)))
                .anyMatch(groups::contains);
    }
}
