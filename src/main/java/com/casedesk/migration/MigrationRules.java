package com.casedesk.migration;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.complaint.ComplaintProcess;
import com.casedesk.complaint.clock.ExtensionProcess;
import com.casedesk.complaint.review.ReviewProcess;
import com.casedesk.process.MigrationPolicy;
import com.casedesk.security.ProcessOwners;
import com.casedesk.whistleblowing.WbProcess;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the migration guard of the engine (process/MigrationGuard) asks of the case types: the owners of
 * each process, the approval and four-eyes steps no migration may let a case skip (the steps the task
 * rules guard: complaint/guard/ComplaintTaskRules, whistleblowing/WbTaskRules), and the audit row.
 */
@Component
class MigrationRules implements MigrationPolicy {

    /** The steps where a second person decides: a case that had one ahead must still meet it. */
    static final Map<String, Set<String>> GUARDED_STEPS = Map.of(
            ComplaintProcess.KEY, Set.of(ComplaintProcess.Elements.APPROVE_COMPENSATION,
                    ComplaintProcess.Elements.REVIEW_UNSATISFIED),
            ReviewProcess.KEY, Set.of(ReviewProcess.Elements.REVIEW),
            ExtensionProcess.KEY, Set.of(ExtensionProcess.Elements.APPROVE, ExtensionProcess.Elements.APPROVE_INVESTIGATION),
            WbProcess.KEY, Set.of(WbProcess.Elements.DECIDE, WbProcess.Elements.APPROVE_EXTENSION));

    private final AuditLog audit;

    MigrationRules(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public Set<String> ownerGroupsOf(String processKey) {
        return ProcessOwners.ownerGroupsOf(processKey);
    }

    @Override
    public Set<String> guardedSteps(String processKey) {
        return GUARDED_STEPS.getOrDefault(processKey, Set.of());
    }

    @Override
    public void migrating(String user, Migration m) {
        audit.recordFor(user, AuditAction.INSTANCES_MIGRATED, null, "%s version %d (%s) -> version %d (%s): %d instance(s)%s"
                .formatted(m.sourceKey(), m.sourceVersion(), m.sourceDefinitionId(), m.targetVersion(),
                        m.targetDefinitionId(), m.instances(), m.batch() ? ", as a batch" : ""), null);
    }
}
