package com.casedesk.process;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The quality half of {@link DeploymentGate} (issue 18): what a model must be for the service to run it
 * correctly, as opposed to safely. Every check runs over the whole deployment and every finding is
 * reported together with the safety findings, in one refusal.
 */
@Component
class QualityGate {

    private static final List<QualityCheck> CHECKS = List.of(new HistoryTimeToLiveCheck(), new RuntimeLintCheck(),
            new FormCheck(), new DecisionOutputCheck(), new JavaNamesCheck(), new VariableReadCheck());

    private final ObjectProvider<VariableOwnership> ownership;
    private final ExpressionPolicy policy;
    private volatile GateRelease release;

    QualityGate(ObjectProvider<VariableOwnership> ownership, ExpressionPolicy policy) {
        this.ownership = ownership;
        this.policy = policy;
    }

    /**
     * The problems of a new deployment's resources, by resource.
     *
     * @param deployingUser the person deploying, or null when the service's own code deploys
     */
    Map<String, List<DeploymentRules.Finding>> check(Map<String, byte[]> resources, String deployingUser) {
        Set<String> owned = new HashSet<>();
        ownership.orderedStream().forEach(o -> owned.addAll(o.serviceOwned()));
        GateModels models = new GateModels(new EngineDeployed(), release(), owned, policy.modelFacingBeans(),
                deployingUser);
        GateFindings findings = new GateFindings();
        resources.forEach((name, content) -> models.add(name, content)
                .ifPresent(reason -> findings.add(name, name, "读取 read", reason)));
        CHECKS.forEach(check -> check.check(models, findings));
        return findings.byResource();
    }

    private GateRelease release() {
        GateRelease r = release;
        if (r == null) {
            r = GateRelease.read();
            release = r;
        }
        return r;
    }
}
