package com.casedesk.models;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.process.ModelEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deployments of models in the audit log, in the deploying transaction (a refused one leaves no entry). */
@Component
class ModelDeploymentAudit {

    private final AuditLog audit;

    ModelDeploymentAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void deployed(ModelEvents.Deployed event) {
        audit.recordFor(event.byPerson() ? event.deployedBy() : AuditLog.SYSTEM, AuditAction.MODEL_DEPLOYED, null,
                "deployment " + event.deploymentId() + " by " + event.deployedBy() + ": " + event.summary(), null);
    }

    @EventListener
    void releaseWon(ModelEvents.ReleaseWon event) {
        audit.recordFor(AuditLog.SYSTEM, AuditAction.MODEL_RELEASE_WON, null, event.key() + " version "
                + event.ownerVersion() + " deployed by " + event.ownerDeployedBy() + " replaced by the release's copy"
                + " (deployment " + event.releaseDeploymentId() + ", casedesk.models.release-wins=true)", null);
    }
}
