package com.casedesk.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserOperationLogManager;
import org.springframework.stereotype.Component;

/**
 * Users, groups, memberships, tenants and authorizations changed without a logged-in user are audited
 * too. The engine writes its user operation log (category {@code Admin}, which the compliance trail
 * reads) only when someone is authenticated, so a job — for instance one run by a model that reached
 * the identity service — would change who may do what without a trace. Here those changes are logged
 * with no user id (the trail shows {@code system}); changes by a logged-in person are logged by the
 * engine as before, once. Not logged: a REVOKE created without a user, which only takes permissions
 * away — the service writes one per task and barred person (recusal), and the recusal itself is a case
 * fact; logging them would bury the rare changes that matter.
 */
@Component
class IdentityChangeAudit extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl engine) {
        List<SessionFactory> factories = new ArrayList<>(Objects.requireNonNullElse(engine.getCustomSessionFactories(), List.of()));
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return UserOperationLogManager.class;
            }

            @Override
            public Session openSession() {
                return new AuditingOperationLog();
            }
        });
        engine.setCustomSessionFactories(factories);
    }

    /** The engine's manager, with identity changes logged whoever makes them. One per command. */
    static class AuditingOperationLog extends UserOperationLogManager {

        private boolean identityChange;

        @Override
        public boolean isUserOperationLogEnabled() {
            return super.isUserOperationLogEnabled()
                    || identityChange && isHistoryEventProduced() && isUserOperationLogEnabledOnCommandContext();
        }

        @Override
        public void logUserOperation(String operation, String userId) {
            asIdentityChange(() -> super.logUserOperation(operation, userId));
        }

        @Override
        public void logGroupOperation(String operation, String groupId) {
            asIdentityChange(() -> super.logGroupOperation(operation, groupId));
        }

        @Override
        public void logTenantOperation(String operation, String tenantId) {
            asIdentityChange(() -> super.logTenantOperation(operation, tenantId));
        }

        @Override
        public void logMembershipOperation(String operation, String userId, String groupId, String tenantId) {
            asIdentityChange(() -> super.logMembershipOperation(operation, userId, groupId, tenantId));
        }

        @Override
        public void logAuthorizationOperation(String operation, AuthorizationEntity authorization,
                                              AuthorizationEntity previousValues) {
            boolean narrowingOnly = previousValues == null
                    && UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(operation)
                    && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE;
            if (narrowingOnly) {
                super.logAuthorizationOperation(operation, authorization, previousValues);
            } else {
                asIdentityChange(() -> super.logAuthorizationOperation(operation, authorization, previousValues));
            }
        }

        private void asIdentityChange(Runnable log) {
            boolean outer = identityChange;
            identityChange = true;
            try {
                log.run();
            } finally {
                identityChange = outer;
            }
        }
    }
}
