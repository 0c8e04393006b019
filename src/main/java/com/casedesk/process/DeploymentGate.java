package com.casedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deploying a model is deploying code: a process owner's deployment runs in the job executor without a
 * user. The engine calls this gate first for every deployment, from any path ({@code /engine-rest},
 * Cockpit, the Java API, {@link ModelDeployer}); a new deployment that breaks {@link DeploymentRules}
 * (safety) or {@link QualityGate} (what the service needs to run it correctly: forms, decision outputs,
 * history, runtime lint, the names the code uses) is refused as a whole inside the deploying transaction,
 * with every problem of every resource listed, so nothing of it is stored. The engine also
 * calls deployers for deployments it only re-reads (cache miss, restart): those are left alone, since
 * they were checked when they arrived (or predate the gate) and running cases depend on them.
 */
@Component
class DeploymentGate extends AbstractProcessEnginePlugin implements Deployer {

    /** The service's own sweeps, the only models that may start themselves on a timer. */
    static final Set<String> SWEEPS = Set.of("complaint-stuck-sweep", "retention-sweep");

    private final ApplicationContext spring;
    private final Set<String> ownProcessKeys;
    private volatile boolean feelIsDefault = true;

    DeploymentGate(ApplicationContext spring) {
        this.spring = spring;
        this.ownProcessKeys = Set.copyOf(ownProcessKeys());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        List<Deployer> preDeployers = new ArrayList<>(Objects.requireNonNullElse(engine.getCustomPreDeployers(), List.of()));
        preDeployers.add(0, this);
        engine.setCustomPreDeployers(preDeployers);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl engine) {
        DefaultDmnEngineConfiguration dmn = engine.getDmnEngineConfiguration();
        feelIsDefault = !engine.isDmnFeelEnableLegacyBehavior() && (dmn == null
                || Stream.of(dmn.getDefaultInputExpressionExpressionLanguage(), dmn.getDefaultInputEntryExpressionLanguage(),
                        dmn.getDefaultOutputEntryExpressionLanguage(), dmn.getDefaultLiteralExpressionLanguage())
                .allMatch(l -> l == null || l.toLowerCase(Locale.ROOT).contains("feel")));
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew() || deployment.getResources() == null) {
            return;
        }
        DeploymentRules.Context context = context();
        Collection<DeploymentCheck> checks = spring.getBeansOfType(DeploymentCheck.class).values();
        Map<String, List<DeploymentRules.Finding>> findings = new LinkedHashMap<>();
        Map<String, Document> decisions = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            List<DeploymentRules.Finding> problems = new ArrayList<>(
                    DeploymentRules.check(resource.getName(), resource.getBytes(), context));
            Document dmn = problems.isEmpty() ? decisionTables(resource) : null;
            if (dmn != null) {
                decisions.put(resource.getName(), dmn);
                checks.forEach(check -> check.checkDecisions(resource.getName(), dmn)
                        .forEach(f -> problems.add(new DeploymentRules.Finding(f.elementId(), f.reason()))));
            }
            if (!problems.isEmpty()) {
                findings.put(resource.getName(), problems);
            }
        }
        Map<String, byte[]> contents = new LinkedHashMap<>();
        deployment.getResources().forEach((name, resource) -> contents.put(name, resource.getBytes()));
        spring.getBean(QualityGate.class).check(contents, context.deployingUser()).forEach((name, problems) ->
                findings.computeIfAbsent(name, n -> new ArrayList<>()).addAll(problems));
        if (!findings.isEmpty()) {
            throw new DeploymentRefusedException(findings);
        }
        decisions.forEach((name, dmn) -> checks.forEach(check -> check.accepted(deployment.getId(), name, dmn,
                context.deployingUser())));
    }

    /** A DMN resource as the capabilities' checks read it; null for other resources. */
    private static Document decisionTables(ResourceEntity resource) {
        if (!DeploymentRules.isDmn(resource.getName())) {
            return null;
        }
        try {
            return ModelXml.parse(resource.getBytes());
        } catch (Exception e) {
            return null; // DeploymentRules has reported it
        }
    }

    private DeploymentRules.Context context() {
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        Set<String> groups = new HashSet<>();
        if (user != null) {
            if (command.getAuthenticatedGroupIds() != null) {
                groups.addAll(command.getAuthenticatedGroupIds());
            }
            // the caller may have named fewer groups than they are in: ask the directory too
            groups.addAll(command.runWithoutAuthorization(() -> command.getReadOnlyIdentityProvider().createGroupQuery()
                    .groupMember(user).list().stream().map(Group::getId).toList()));
        }
        ExpressionPolicy policy = spring.getBean(ExpressionPolicy.class);
        Set<String> facingClasses = policy.modelFacingBeans().stream().map(this::beanClass).filter(Objects::nonNull)
                .map(Class::getName).collect(Collectors.toSet());
        return new DeploymentRules.Context(new PolicyBeans(policy), facingClasses, ownProcessKeys, SWEEPS, user,
                groups, feelIsDefault);
    }

    private Class<?> beanClass(String name) {
        Class<?> type = spring.getType(name);
        return type == null ? null : ClassUtils.getUserClass(type);
    }

    /** What models may name is ExpressionPolicy's to say, at deploy time as when the model runs. */
    private record PolicyBeans(ExpressionPolicy policy) implements ModelExpressions.Beans {
        @Override
        public boolean isModelFacing(String name) {
            return policy.modelFacingBeans().contains(name);
        }

        @Override
        public List<String> problems(String expressionText) {
            return policy.problems(expressionText);
        }
    }

    /** Keys of the processes in {@code processes/}: the only ones a call activity may call. */
    private static Set<String> ownProcessKeys() {
        Set<String> keys = new HashSet<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            for (Resource model : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/**/*.bpmn")) {
                try (InputStream in = model.getInputStream()) {
                    NodeList processes = factory.newDocumentBuilder().parse(in)
                            .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
                    for (int i = 0; i < processes.getLength(); i++) {
                        keys.add(((Element) processes.item(i)).getAttribute("id"));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service's own models", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the service's own models", e);
        }
        return keys;
    }
}
