package com.casedesk.models;

import com.casedesk.process.ModelDeployments;
import com.casedesk.process.ModelDrift;
import com.casedesk.process.ModelOwnership;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What a person may see of the model record (issue 18), for the API ({@link ModelChangesController}) and
 * the Cockpit view ({@code models/cockpit}): owners the models they own, administrators all, nobody else
 * anything.
 */
@Service
public class ModelChanges {

    static final int MAX = 500;

    /** A refusal, with the HTTP status each front answers with. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** One deployed resource's content, to commit it to the repository. */
    public record Download(String fileName, byte[] content) {
    }

    private final ModelDeployments deployments;
    private final ModelDrift drift;
    private final ModelOwnership ownership;

    ModelChanges(ModelDeployments deployments, ModelDrift drift, ModelOwnership ownership) {
        this.deployments = deployments;
        this.drift = drift;
        this.ownership = ownership;
    }

    public List<ModelDeployments.Change> changes(Collection<String> groups, int limit) {
        requireOwner(groups);
        return deployments.list(key -> ownership.owns(groups, key), Math.max(1, Math.min(limit, MAX)));
    }

    public List<ModelDrift.Drift> drift(Collection<String> groups) {
        requireOwner(groups);
        return drift.current().stream().filter(d -> ownership.owns(groups, d.key())).toList();
    }

    public Download resource(Collection<String> groups, String deploymentId, String resourceName) {
        requireOwner(groups);
        List<String> keys = deployments.keysOf(deploymentId, resourceName);
        if (keys.isEmpty()) {
            throw new Refused(404, "No deployed resource " + resourceName + " in deployment " + deploymentId);
        }
        if (!keys.stream().allMatch(key -> ownership.owns(groups, key))) {
            throw new Refused(403, "This resource is a model your groups do not own.");
        }
        byte[] content = deployments.content(deploymentId, resourceName).orElseThrow(() -> new Refused(404,
                "Deployment " + deploymentId + " was deleted; its record remains, its content does not"));
        return new Download(resourceName.substring(resourceName.lastIndexOf('/') + 1), content);
    }

    private void requireOwner(Collection<String> groups) {
        if (!ownership.ownsAny(groups)) {
            throw new Refused(403, "Only process owners and administrators may read the model changes.");
        }
    }
}
