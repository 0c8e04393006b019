package com.casedesk.process;

import java.util.List;
import org.w3c.dom.Document;

/**
 * What a capability adds to {@link DeploymentGate} for the decision tables it owns (e.g. a statutory
 * table that may not be changed beyond its article), so the engine seam stays free of their meaning.
 * Both methods run inside the deploying transaction, before the engine parses anything.
 */
public interface DeploymentCheck {

    /** One refused element: its id (a row, a decision) and the reason, naming what the rule is. */
    record Finding(String elementId, String reason) {
    }

    /** The problems of one DMN resource of a new deployment, parsed by the gate (untrusted input). */
    List<Finding> checkDecisions(String resourceName, Document dmn);

    /**
     * The whole new deployment passed the gate and will be stored with this resource.
     *
     * @param deployingUser the person deploying, or null when the service deploys its own models
     */
    default void accepted(String deploymentId, String resourceName, Document dmn, String deployingUser) {
    }
}
