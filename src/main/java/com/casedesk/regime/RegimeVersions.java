package com.casedesk.regime;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a regime table and whether each may take effect. A version a person deployed
 * (recorded by {@link RegimeDeploymentCheck}) is PENDING until a second person of compliance approves
 * it; a version the service deployed itself at start is APPROVED by being shipped.
 */
@Service
public class RegimeVersions {

    public enum Status { APPROVED, PENDING }

    /** One deployed version; {@code deployedBy} is null for a shipped version. */
    public record Version(String decisionDefinitionId, String decisionKey, int version, Status status,
                          String deployedBy, String approvedBy, Instant approvedAt) {
    }

    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RegimeVersions(RepositoryService repository, JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<Version> versions(Regime regime) {
        String key = regime.decisionKey();
        Map<String, String> deployers = new HashMap<>();
        jdbc.query("select deployment_id, deployed_by from regime_table_deployment where decision_key = ?",
                rs -> { deployers.put(rs.getString(1), rs.getString(2)); }, key);
        Map<String, Version> approvals = new HashMap<>();
        jdbc.query("select decision_definition_id, approved_by, approved_at from regime_table_approval where decision_key = ?",
                rs -> {
                    approvals.put(rs.getString(1), new Version(rs.getString(1), key, 0, Status.APPROVED, null,
                            rs.getString(2), rs.getTimestamp(3).toInstant()));
                }, key);
        return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .orderByDecisionDefinitionVersion().desc().list().stream()
                .map(d -> version(d, deployers.get(d.getDeploymentId()), approvals.get(d.getId())))
                .toList();
    }

    /** The decision definition id new cases of the regime are pinned to: its newest approved version. */
    @Transactional(readOnly = true)
    public String newestApproved(Regime regime) {
        return versions(regime).stream().filter(v -> v.status() == Status.APPROVED).findFirst()
                .map(Version::decisionDefinitionId)
                .orElseThrow(() -> new IllegalStateException("no approved version of " + regime.decisionKey()
                        + " is deployed (processes/regimes/)"));
    }

    /**
     * Approves a pending version for new cases; cases already pinned keep theirs.
     *
     * @throws ApprovalRefusedException naming the refusal (403 role or four-eyes, 404, 409)
     */
    @Transactional
    public Version approve(Regime regime, int version, String approver, Collection<String> approverGroups) {
        Version pending = versions(regime).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> ApprovalRefusedException.notFound(regime.decisionKey(), version));
        Optional<ApprovalRule.Refusal> refusal = ApprovalRule.refusal(pending, approver, approverGroups);
        if (refusal.isPresent()) {
            throw ApprovalRefusedException.of(refusal.get(), pending);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("""
                insert into regime_table_approval (decision_definition_id, decision_key, version, approved_by, approved_at)
                values (?, ?, ?, ?, ?)""", pending.decisionDefinitionId(), pending.decisionKey(), version, approver,
                Timestamp.from(now));
        audit.record(AuditAction.REGIME_TABLE_APPROVED, null, pending.decisionKey() + " version " + version + " ("
                + pending.decisionDefinitionId() + "), deployed by " + pending.deployedBy(), null);
        return new Version(pending.decisionDefinitionId(), pending.decisionKey(), version, Status.APPROVED,
                pending.deployedBy(), approver, now);
    }

    private static Version version(DecisionDefinition d, String deployedBy, Version approval) {
        if (approval != null) {
            return new Version(d.getId(), d.getKey(), d.getVersion(), Status.APPROVED, deployedBy, approval.approvedBy(),
                    approval.approvedAt());
        }
        return new Version(d.getId(), d.getKey(), d.getVersion(), deployedBy == null ? Status.APPROVED : Status.PENDING,
                deployedBy, null, null);
    }
}
