package com.casedesk.process;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code processes/} and the forms in {@code forms/} under names relative to
 * those folders (e.g. {@code processes/complaint/complaint-handling.bpmn}), whatever the launch mode.
 * Only resources that changed since the last deployment become new versions, so restarting the
 * service, or starting it from the jar instead of Maven, never bumps a version.
 *
 * <p>A process owner's newer version is not silently undone (issue 18): when the latest deployed version
 * of a release model's process or decision key was deployed by a person ({@link DeploymentLedger}) and
 * differs from the release's copy, the release's copy is not deployed, a warning is logged and the drift
 * is reported ({@link ModelDrift}) until the owner's change is in the repository. With
 * {@code casedesk.models.release-wins=true} the release's copy is deployed anyway, and that is audited.
 */
@Component
class ModelDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "casedesk-models";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
    private static final ThreadLocal<Boolean> RELEASING = ThreadLocal.withInitial(() -> false);

    private final RepositoryService repositoryService;
    private final ModelDeployments records;
    private final ModelDrift drift;
    private final ApplicationEventPublisher events;
    private final boolean releaseWins;

    ModelDeployer(RepositoryService repositoryService, ModelDeployments records, ModelDrift drift,
                  ApplicationEventPublisher events, @Value("${casedesk.models.release-wins:false}") boolean releaseWins) {
        this.repositoryService = repositoryService;
        this.records = records;
        this.drift = drift;
        this.events = events;
        this.releaseWins = releaseWins;
    }

    @Override
    public void afterPropertiesSet() {
        deploy();
    }

    /** Whether the current thread is deploying the release's models (for the deployment record). */
    static boolean releasing() {
        return RELEASING.get();
    }

    DeploymentWithDefinitions deploy() {
        return deploy(findResources(), releaseWins);
    }

    /** The start-up deployment of {@code release} (the shipped models, or a test's stand-in for a next release). */
    DeploymentWithDefinitions deploy(List<NamedResource> release, boolean releaseWins) {
        if (release.isEmpty()) {
            throw new IllegalStateException("no models found under classpath:processes/ or classpath:forms/");
        }
        List<NamedResource> regular = new ArrayList<>();
        List<NamedResource> overriding = new ArrayList<>();
        List<ModelDrift.Drift> kept = new ArrayList<>();
        List<ModelDrift.Drift> overridden = new ArrayList<>();
        for (NamedResource r : release) {
            List<ModelDrift.Drift> found = drift(r.name(), ReleaseModels.bytes(r));
            if (found.isEmpty()) {
                regular.add(r);
            } else if (releaseWins) {
                overriding.add(r);
                overridden.addAll(found);
            } else {
                kept.addAll(found);
            }
        }
        // keys and versions only: who deployed is in GET /api/models/drift, for the owners
        kept.forEach(d -> LOG.warn("model drift: {} {} version {} deployed by an owner is newer than the release's "
                + "version {} and differs from the release's copy {}: the owner's version stays in use (bring it "
                + "into the repository; casedesk.models.release-wins=true lets the release replace it)",
                d.kind(), d.key(), d.deployedVersion(), d.releaseVersion(), d.resourceName()));
        RELEASING.set(true);
        try {
            DeploymentWithDefinitions deployed = regular.isEmpty() ? null : deployResources(regular, true);
            if (!overriding.isEmpty()) {
                DeploymentWithDefinitions forced = deployResources(overriding, false);
                overridden.forEach(d -> {
                    LOG.warn("model drift overridden: {} {} version {} deployed by an owner replaced by the release's "
                            + "copy (casedesk.models.release-wins)", d.kind(), d.key(), d.deployedVersion());
                    events.publishEvent(new ModelEvents.ReleaseWon(d.key(), d.deployedVersion(), d.deployedBy(),
                            forced.getId()));
                });
                deployed = deployed == null ? forced : deployed;
            }
            drift.set(kept);
            return deployed;
        } finally {
            RELEASING.remove();
        }
    }

    private DeploymentWithDefinitions deployResources(List<NamedResource> resources, boolean duplicateFiltering) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("casedesk");
        if (duplicateFiltering) {
            builder.enableDuplicateFiltering(true);
        }
        resources.forEach(r -> builder.addInputStream(r.name(), new ByteArrayInputStream(ReleaseModels.bytes(r))));
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        LOG.info("deployed {} model resources; new process definitions: {}, decisions: {}", resources.size(),
                deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size(),
                deployment.getDeployedDecisionDefinitions() == null ? 0 : deployment.getDeployedDecisionDefinitions().size());
        return deployment;
    }

    /** The keys of this release resource whose latest version is an owner's, differing from the release's copy. */
    private List<ModelDrift.Drift> drift(String name, byte[] content) {
        List<ModelDrift.Drift> found = new ArrayList<>();
        for (ModelKeys.Key key : ModelKeys.of(name, content)) {
            ResourceDefinition latest = latest(key);
            if (latest == null || isRelease(deployedBy(latest.getDeploymentId()))) {
                continue;
            }
            byte[] deployed = records.content(latest.getDeploymentId(), latest.getResourceName()).orElse(null);
            if (deployed != null && ReleaseModels.sameContent(deployed, content)) {
                continue; // the owner's change is in the release already
            }
            found.add(new ModelDrift.Drift(key.key(), key.kind(), name, releaseVersion(key), latest.getVersion(),
                    latest.getDeploymentId(), deployedBy(latest.getDeploymentId())));
        }
        return found;
    }

    private ResourceDefinition latest(ModelKeys.Key key) {
        return switch (key.kind()) {
            case ModelKeys.PROCESS -> repositoryService.createProcessDefinitionQuery().processDefinitionKey(key.key())
                    .withoutTenantId().latestVersion().singleResult();
            case ModelKeys.DECISION -> repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key.key())
                    .withoutTenantId().latestVersion().singleResult();
            default -> null; // forms: Tasklist reads the latest; not compared (docs/process-owners.md)
        };
    }

    private int releaseVersion(ModelKeys.Key key) {
        List<? extends ResourceDefinition> versions = key.kind().equals(ModelKeys.PROCESS)
                ? repositoryService.createProcessDefinitionQuery().processDefinitionKey(key.key()).withoutTenantId()
                        .orderByProcessDefinitionVersion().desc().list()
                : repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey(key.key()).withoutTenantId()
                        .orderByDecisionDefinitionVersion().desc().list();
        return versions.stream().filter(v -> isRelease(deployedBy(v.getDeploymentId()))).mapToInt(ResourceDefinition::getVersion)
                .findFirst().orElse(0);
    }

    /** From the record; a deployment older than the record is the release's if it carries the release's name. */
    private String deployedBy(String deploymentId) {
        return records.deployedBy(deploymentId).orElseGet(() -> {
            Deployment d = repositoryService.createDeploymentQuery().deploymentId(deploymentId).singleResult();
            return d != null && DEPLOYMENT_NAME.equals(d.getName()) ? DeploymentLedger.RELEASE : "unknown";
        });
    }

    private static boolean isRelease(String deployedBy) {
        return DeploymentLedger.RELEASE.equals(deployedBy) || DeploymentLedger.SERVICE.equals(deployedBy);
    }

    List<NamedResource> findResources() {
        return ReleaseModels.scan();
    }

    record NamedResource(String name, Resource resource) {
    }
}
