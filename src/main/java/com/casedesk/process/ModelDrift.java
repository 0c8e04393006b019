package com.casedesk.process;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Model drift (issue 18): release models whose latest deployed version is an owner's, newer than and
 * different from the release's copy, which {@link ModelDeployer} therefore kept at start-up. The health
 * component {@code modelDrift} answers {@value #STATUS} with the keys and versions (a status the overall
 * health ignores, like calendarReadiness's WARN: the service runs the owner's version as intended, the
 * node stays in the load balancer), and the gauge {@value #GAUGE} counts them;
 * {@code GET /api/models/drift} shows each owner their own.
 */
@Component("modelDrift")
public class ModelDrift implements HealthIndicator {

    public static final String STATUS = "DRIFT";
    /** Release models kept at an owner's newer version: alert on more than 0. */
    public static final String GAUGE = "casedesk.models.drift";

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

    public ModelDrift(MeterRegistry meters) {
        Gauge.builder(GAUGE, this, drift -> drift.current().size())
                .description("Release models kept at a process owner's newer version at start-up (model drift)")
                .register(meters);
    }

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
        return Health.status(drift.isEmpty() ? Status.UP : new Status(STATUS, "a process owner's newer model is in use:"
                        + " bring it into the repository (GET /api/models/changes)"))
                .withDetail("drift", !drift.isEmpty())
                .withDetail("models", drift.stream().map(d -> Map.of("key", d.key(), "releaseVersion", d.releaseVersion(),
                        "deployedVersion", d.deployedVersion())).toList())
                .build();
    }
}
