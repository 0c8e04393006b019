package com.casedesk.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quality gate's findings of one deployment, by resource, in the order found. Each reason starts with
 * the check that found it, so the owner reading Modeler's error sees which kind of problem it is.
 */
final class GateFindings {

    private final Map<String, List<DeploymentRules.Finding>> byResource = new LinkedHashMap<>();

    void add(String resource, String elementId, String check, String reason) {
        byResource.computeIfAbsent(resource, r -> new ArrayList<>())
                .add(new DeploymentRules.Finding(elementId == null || elementId.isBlank() ? resource : elementId,
                        "[" + check + "] " + reason));
    }

    Map<String, List<DeploymentRules.Finding>> byResource() {
        return byResource;
    }

    boolean isEmpty() {
        return byResource.isEmpty();
    }
}
