package com.casedesk.process;

/** What the model seam tells the rest of the service (the audit log listens), inside the deploying transaction. */
public final class ModelEvents {

    private ModelEvents() {
    }

    /**
     * A new deployment was stored.
     *
     * @param deployedBy the person, {@code release} or {@code service}
     * @param byPerson   whether a person deployed (else the service itself)
     * @param summary    the models and versions, without content
     */
    public record Deployed(String deploymentId, String deployedBy, boolean byPerson, String summary) {
    }

    /**
     * The release replaced a newer version an owner had deployed ({@code casedesk.models.release-wins}).
     *
     * @param ownerVersion the owner's version, no longer the latest
     */
    public record ReleaseWon(String key, int ownerVersion, String ownerDeployedBy, String releaseDeploymentId) {
    }
}
