package com.casedesk.process;

import java.util.List;
import java.util.Set;

/**
 * What the capabilities tell {@link MigrationGuard} about moving running cases to another version: who
 * owns a process, which of its steps are approvals that no migration may let a case skip, and where a
 * migration is recorded. The guard's rules themselves (same-id mapping only, no variables, no skipped
 * listeners) need no meaning of the models and stay in the engine seam.
 */
public interface MigrationPolicy {

    /** One migration as the engine was asked to run it. */
    record Migration(String sourceDefinitionId, String sourceKey, int sourceVersion, String targetDefinitionId,
            String targetKey, int targetVersion, List<Instruction> instructions, int instances, boolean batch) {
    }

    /** A source activity moved to a target activity. */
    record Instruction(String sourceActivityId, String targetActivityId) {
    }

    /** The groups whose members may migrate the instances of this process. */
    Set<String> ownerGroupsOf(String processKey);

    /** The approval and four-eyes steps of this process (activity ids) that a migration must keep. */
    Set<String> guardedSteps(String processKey);

    /** A person's migration passed the guard and runs (a batch: was created) in this transaction. */
    void migrating(String user, Migration migration);
}
