package com.casedesk.security;

import com.casedesk.security.AccessMatrix.Grant;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * Writes the {@link AccessMatrix} into the engine at every start. Idempotent and additive: a missing
 * grant is created, a grant lacking a permission gains it, and anything an administrator added in
 * the Admin webapp stays, except the permissions {@link AccessMatrix#withdrawn()} names, which are removed.
 */
@Component
@DependsOn("tasklistFilters")
class EngineAuthorizations implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(EngineAuthorizations.class);

    private final AuthorizationService authorizations;
    private final FilterService filters;

    EngineAuthorizations(AuthorizationService authorizations, FilterService filters) {
        this.authorizations = authorizations;
        this.filters = filters;
    }

    @Override
    public void afterPropertiesSet() {
        int changed = 0;
        for (Grant withdrawn : AccessMatrix.withdrawn()) {
            changed += withdraw(withdrawn) ? 1 : 0;
        }
        List<Grant> grants = AccessMatrix.grants();
        for (Grant grant : grants) {
            for (String resourceId : resourceIds(grant)) {
                try {
                    changed += ensure(grant, resourceId) ? 1 : 0;
                } catch (ProcessEngineException e) {
                    // two nodes starting together: the other one created it (unique per group/resource)
                    LOG.warn("grant {} on {} {} not written: {}", grant.group(), grant.resource().resourceName(),
                            resourceId, e.getMessage());
                }
            }
        }
        LOG.info("access matrix: {} grants, {} created or extended", grants.size(), changed);
    }

    /** Filters are granted by name in the matrix; the engine knows them by id. */
    private List<String> resourceIds(Grant grant) {
        if (grant.resource() != Resources.FILTER) {
            return List.of(grant.resourceId());
        }
        return filters.createFilterQuery().filterName(grant.resourceId()).list().stream().map(Filter::getId).toList();
    }

    /** Removes the permissions of a withdrawn grant; the authorization goes when nothing is left of it. */
    private boolean withdraw(Grant grant) {
        Authorization existing = find(grant, grant.resourceId());
        if (existing == null || grant.permissions().stream().noneMatch(existing::isPermissionGranted)) {
            return false;
        }
        grant.permissions().forEach(existing::removePermission);
        if (java.util.Arrays.stream(existing.getPermissions(Permissions.values())).allMatch(p -> p == Permissions.NONE)) {
            authorizations.deleteAuthorization(existing.getId());
        } else {
            authorizations.saveAuthorization(existing);
        }
        LOG.info("access matrix: withdrew {} from {} on {} {}", grant.permissions(), grant.group(),
                grant.resource().resourceName(), grant.resourceId());
        return true;
    }

    private Authorization find(Grant grant, String resourceId) {
        return authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(grant.group())
                .resourceType(grant.resource())
                .resourceId(resourceId)
                .singleResult();
    }

    private boolean ensure(Grant grant, String resourceId) {
        Authorization existing = find(grant, resourceId);
        Authorization authorization = existing != null ? existing
                : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing != null && grant.permissions().stream().allMatch(existing::isPermissionGranted)) {
            return false;
        }
        if (existing == null) {
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(resourceId);
        }
        grant.permissions().forEach(authorization::addPermission);
        authorizations.saveAuthorization(authorization);
        return true;
    }
}
