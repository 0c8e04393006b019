package com.casedesk.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.repository.DecisionRequirementsDefinition;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Ownership and the record of every deployment (issue 18), on every path the engine deploys by. Before
 * the engine parses a new deployment, a person deploying a model of a key their groups do not own
 * ({@link ModelOwnership}) is refused as a whole (400 with the reasons, like {@link DeploymentGate}'s).
 * After it parsed, the deployment is recorded ({@link ModelDeployments}) with who, when, each resource's
 * keys, versions and checksum, and its difference from the release's copy of the same key.
 */
@Component
class DeploymentLedger extends AbstractProcessEnginePlugin {

    /** Recorded as the deploying party of {@link ModelDeployer}'s start-up deployments. */
    static final String RELEASE = "release";
    /** Recorded for the service's own code deploying without a user (tests, tools). */
    static final String SERVICE = "service";

    private final ApplicationContext spring;

    DeploymentLedger(ApplicationContext spring) {
        this.spring = spring;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        List<Deployer> pre = new ArrayList<>(Objects.requireNonNullElse(engine.getCustomPreDeployers(), List.of()));
        pre.add(this::checkOwnership);
        engine.setCustomPreDeployers(pre);
        List<Deployer> post = new ArrayList<>(Objects.requireNonNullElse(engine.getCustomPostDeployers(), List.of()));
        post.add(this::record);
        engine.setCustomPostDeployers(post);
    }

    private void checkOwnership(DeploymentEntity deployment) {
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        if (!deployment.isNew() || deployment.getResources() == null || user == null) {
            return; // the service's own deployments (the release) are its developers' to own
        }
        ModelOwnership ownership = spring.getBeanProvider(ModelOwnership.class).getIfAvailable();
        if (ownership == null) {
            return;
        }
        Set<String> groups = groups(command, user);
        Map<String, List<DeploymentRules.Finding>> findings = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            for (ModelKeys.Key key : ModelKeys.of(resource.getName(), resource.getBytes())) {
                if (!ownership.owns(groups, key.key())) {
                    List<String> owners = ownership.ownersOf(key.key());
                    findings.computeIfAbsent(resource.getName(), r -> new ArrayList<>()).add(new DeploymentRules.Finding(
                            key.key(), "你所在的组不负责此模型 (your groups do not own " + key.kind() + " " + key.key()
                            + "; owned by " + (owners.isEmpty() ? "the administrators" : String.join(", ", owners))
                            + ")"));
                }
            }
        }
        if (!findings.isEmpty()) {
            throw new DeploymentRefusedException(findings);
        }
    }

    private void record(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        String deployedBy = user != null ? user : ModelDeployer.releasing() ? RELEASE : SERVICE;
        Map<String, List<ResourceDefinition>> definitions = new LinkedHashMap<>();
        for (List<?> artifacts : deployment.getDeployedArtifacts().values()) {
            for (Object artifact : artifacts) {
                if (artifact instanceof ResourceDefinition d && !(artifact instanceof DecisionRequirementsDefinition)) {
                    definitions.computeIfAbsent(d.getResourceName(), n -> new ArrayList<>()).add(d);
                }
            }
        }
        ReleaseModels release = spring.getBean(ReleaseModels.class);
        List<ModelDeployments.Resource> resources = new ArrayList<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            byte[] content = resource.getBytes();
            String checksum = ReleaseModels.checksum(content);
            List<ModelKeys.Key> keys = ModelKeys.of(resource.getName(), content);
            if (keys.isEmpty()) {
                resources.add(new ModelDeployments.Resource(resource.getName(), kind(resource.getName()), null, null,
                        checksum, null, null));
            }
            for (ModelKeys.Key key : keys) {
                Integer version = definitions.getOrDefault(resource.getName(), List.of()).stream()
                        .filter(d -> d.getKey().equals(key.key())).map(ResourceDefinition::getVersion).findFirst()
                        .orElse(null);
                byte[] shipped = release.copyOf(key.key()).orElse(null);
                boolean differs = shipped != null && !ReleaseModels.sameContent(shipped, content);
                resources.add(new ModelDeployments.Resource(resource.getName(), key.kind(), key.key(), version,
                        checksum, shipped == null ? null : differs,
                        differs ? ReleaseModels.diff(resource.getName(), shipped, content) : null));
            }
        }
        Instant at = deployment.getDeploymentTime() == null ? Instant.now() : deployment.getDeploymentTime().toInstant();
        spring.getBean(ModelDeployments.class).record(deployment.getId(), deployedBy, at, deployment.getName(),
                deployment.getSource(), resources);
        spring.publishEvent(new ModelEvents.Deployed(deployment.getId(), deployedBy, user != null, summary(resources)));
    }

    private static String summary(List<ModelDeployments.Resource> resources) {
        return resources.stream().map(r -> r.key() == null ? r.name()
                : r.key() + " v" + r.version() + (Boolean.TRUE.equals(r.differsFromRelease()) ? " (differs from release)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static String kind(String resourceName) {
        return DeploymentRules.isBpmn(resourceName) ? ModelKeys.PROCESS : DeploymentRules.isDmn(resourceName)
                ? ModelKeys.DECISION : DeploymentRules.isForm(resourceName) ? ModelKeys.FORM : "other";
    }

    /** The caller's groups: those they named, and those the directory knows (they may have named fewer). */
    private static Set<String> groups(CommandContext command, String user) {
        Set<String> groups = new HashSet<>();
        if (command.getAuthenticatedGroupIds() != null) {
            groups.addAll(command.getAuthenticatedGroupIds());
        }
        groups.addAll(command.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider().createGroupQuery()
                .groupMember(user).list().stream().map(Group::getId).toList()));
        return groups;
    }
}
