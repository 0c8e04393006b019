package com.casedesk.process;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deployment record ({@code model_deployment}, V21_2): written by {@link DeploymentLedger} inside every
 * deploying transaction, read by the model APIs and by {@link ModelDeployer} to tell the release's
 * versions from an owner's.
 */
@Component
public class ModelDeployments {

    private static final int ROWS = 5000;

    /** One deployment and the resources the caller may see. */
    public record Change(String deploymentId, String deployedBy, Instant deployedAt, String deploymentName,
                         String source, List<Resource> resources) {
    }

    /** One model of a deployed resource; key and version are null for a resource that defines none. */
    public record Resource(String name, String kind, String key, Integer version, String checksum,
                           Boolean differsFromRelease, String diff) {
    }

    private final JdbcTemplate jdbc;
    private final RepositoryService repositoryService;
    private final IdentityService identityService;

    ModelDeployments(JdbcTemplate jdbc, @Lazy RepositoryService repositoryService, @Lazy IdentityService identityService) {
        this.jdbc = jdbc;
        this.repositoryService = repositoryService;
        this.identityService = identityService;
    }

    void record(String deploymentId, String deployedBy, Instant at, String name, String source,
                List<Resource> resources) {
        jdbc.update("""
                insert into model_deployment (deployment_id, deployed_by, deployed_at, deployment_name, source)
                values (?, ?, ?, ?, ?)""", deploymentId, deployedBy, Timestamp.from(at), name, source);
        for (Resource r : resources) {
            jdbc.update("""
                    insert into model_deployment_resource (deployment_id, resource_name, kind, model_key, version,
                        checksum, differs_from_release, diff) values (?, ?, ?, ?, ?, ?, ?, ?)""",
                    deploymentId, r.name(), r.kind(), r.key(), r.version(), r.checksum(), r.differsFromRelease(), r.diff());
        }
    }

    /** Who made a deployment; empty for one made before the record existed (V21_2). */
    Optional<String> deployedBy(String deploymentId) {
        return jdbc.queryForList("select deployed_by from model_deployment where deployment_id = ?", String.class,
                deploymentId).stream().findFirst();
    }

    /**
     * The newest deployments first, each with the resources whose key passes {@code visible} (null for a
     * resource without a key); deployments with no visible resource are left out.
     */
    public List<Change> list(Predicate<String> visible, int limit) {
        Map<String, Change> changes = new LinkedHashMap<>();
        jdbc.query("""
                select d.deployment_id, d.deployed_by, d.deployed_at, d.deployment_name, d.source, r.resource_name,
                       r.kind, r.model_key, r.version, r.checksum, r.differs_from_release, r.diff
                from model_deployment d join model_deployment_resource r on r.deployment_id = d.deployment_id
                order by d.deployed_at desc, d.deployment_id, r.resource_name, r.model_key
                fetch first %d rows only""".formatted(ROWS), rs -> {
            String key = rs.getString("model_key");
            if (!visible.test(key)) {
                return;
            }
            String id = rs.getString("deployment_id");
            if (!changes.containsKey(id) && changes.size() >= limit) {
                return;
            }
            changes.computeIfAbsent(id, k -> {
                try {
                    return new Change(id, rs.getString("deployed_by"), rs.getTimestamp("deployed_at").toInstant(),
                            rs.getString("deployment_name"), rs.getString("source"), new ArrayList<>());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).resources().add(new Resource(rs.getString("resource_name"), rs.getString("kind"), key,
                    (Integer) rs.getObject("version"), rs.getString("checksum"),
                    (Boolean) rs.getObject("differs_from_release"), rs.getString("diff")));
        });
        return List.copyOf(changes.values());
    }

    /** The keys one recorded resource defines (a null element for none); empty if not recorded. */
    public List<String> keysOf(String deploymentId, String resourceName) {
        List<String> keys = new ArrayList<>();
        jdbc.query("select model_key from model_deployment_resource where deployment_id = ? and resource_name = ?",
                rs -> {
                    keys.add(rs.getString("model_key"));
                }, deploymentId, resourceName);
        return keys;
    }

    /**
     * The deployed content of a recorded resource; empty if the deployment was deleted since. Read as the
     * service: who may read which model is the ownership rule's to say (an owner holds no engine READ on
     * the release's deployments, and the API's requests carry no engine authentication at all).
     */
    public Optional<byte[]> content(String deploymentId, String resourceName) {
        return AsEngine.call(identityService, () -> {
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, resourceName)) {
                return Optional.of(in.readAllBytes());
            } catch (ProcessEngineException | IOException e) {
                return Optional.<byte[]>empty();
            }
        });
    }
}
