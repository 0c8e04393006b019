package com.casedesk.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code processes/} and the forms in {@code forms/} under names relative to
 * those folders (e.g. {@code processes/complaint/complaint-handling.bpmn}), whatever the launch mode.
 * Only resources that changed since the last deployment become new versions, so restarting the
 * service, or starting it from the jar instead of Maven, never bumps a version.
 */
@Component
class ModelDeployer implements InitializingBean {

    static final String DEPLOYMENT_NAME = "casedesk-models";
    private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
    private static final List<String> ROOTS = List.of("processes", "forms");
    private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

    private final RepositoryService repositoryService;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    ModelDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void afterPropertiesSet() {
        deploy();
    }

    DeploymentWithDefinitions deploy() {
        List<NamedResource> resources = findResources();
        if (resources.isEmpty()) {
            throw new IllegalStateException("no models found under classpath:processes/ or classpath:forms/");
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("casedesk")
                .enableDuplicateFiltering(true);
        for (NamedResource r : resources) {
            try (InputStream in = r.resource().getInputStream()) {
                builder.addInputStream(r.name(), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + r.name(), e);
            }
        }
        DeploymentWithDefinitions deployment = builder.deployWithResult();
        LOG.info("deployed {} model resources; new process definitions: {}, decisions: {}", resources.size(),
                deployment.getDeployedProcessDefinitions() == null ? 0 : deployment.getDeployedProcessDefinitions().size(),
                deployment.getDeployedDecisionDefinitions() == null ? 0 : deployment.getDeployedDecisionDefinitions().size());
        return deployment;
    }

    List<NamedResource> findResources() {
        List<NamedResource> found = new ArrayList<>();
        try {
            for (String root : ROOTS) {
                for (Resource rootDir : resolver.getResources("classpath*:" + root + "/")) {
                    String base = rootDir.getURL().toString();
                    for (Resource r : resolver.getResources(base + "**/*")) {
                        String url = r.getURL().toString();
                        if (r.isReadable() && SUFFIXES.stream().anyMatch(url::endsWith) && url.startsWith(base)) {
                            found.add(new NamedResource(root + "/" + url.substring(base.length()), r));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot scan the classpath for models", e);
        }
        found.sort(java.util.Comparator.comparing(NamedResource::name));
        return found;
    }

    record NamedResource(String name, Resource resource) {
    }
}
