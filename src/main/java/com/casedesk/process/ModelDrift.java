package com.casedesk.process;

import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Model drift (issue 18): release models whose latest deployed version is an owner's, newer than and
 * different from the release's copy, which {@link ModelDeployer} therefore kept at start-up. The health
 * component {@code modelDrift} stays UP (the service runs the owner's version as intended) and lists the
 * keys and versions; {@code GET /api/models/drift} shows each owner their own.
 */
@Component("modelDrift")
public class ModelDrift implements HealthIndicator {

    /**
     * One drifted model.
     *
     * @param releaseVersion  the latest version the release deployed (0: the release never deployed this key)
     * @param deployedVersion the owner's version, the latest
     * @param deployedBy      who deployed it (a staff id: not shown in the public health details)
     */
    public record Drift(String key, String kind, String resourceName, int releaseVersion, int deployedVersion,
                        String deploymentId, String deployedBy) {
    }

    private volatile List<Drift> current = List.of();

    /** The drift the last start-up deployment found. */
    public List<Drift> current() {
        return current;
    }

    void set(List<Drift> drift) {
        current = List.copyOf(drift);
    }

    @Override
    public Health health() {
        List<Drift> drift = current;
        return Health.up().withDetail("drift", !drift.isEmpty())
                .withDetail("models", drift.stream().map(d -> Map.of("key", d.key(), "releaseVersion", d.releaseVersion(),
                        "deployedVersion", d.deployedVersion())).toList())
                .build();
    }
}
