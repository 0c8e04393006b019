package com.casedesk.process;

import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Hides a task, and its history, from named users: a user REVOKE of every permission on the task.
 * Candidate-group grants no longer show it to them, and TaskRevokeIsFinal keeps it out of their
 * task and history lists even where a group may read every task of the process.
 */
@Component
public class TaskHiding {

    private final AuthorizationService authorizations;

    TaskHiding(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void hide(String taskId, Collection<String> userIds) {
        for (String user : userIds) {
            revoke(user, Resources.TASK, taskId);
            revoke(user, Resources.HISTORIC_TASK, taskId);
        }
    }

    private void revoke(String user, Resource resource, String resourceId) {
        boolean exists = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE)
                .userIdIn(user).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
            revoke.setUserId(user);
            revoke.setResource(resource);
            revoke.setResourceId(resourceId);
            revoke.removePermission(Permissions.ALL);
            authorizations.saveAuthorization(revoke);
        }
    }
}
