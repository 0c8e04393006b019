package com.casedesk.process;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The person the engine currently acts for: set by Tasklist, Cockpit and the engine REST API (and by
 * our filter for the service's own API). Camunda hands it out as an engine-internal type; this record is
 * what the rest of the service reads instead.
 *
 * @param camundaAdmin a member of the engine's admin groups or one of its admin users, as Cockpit's
 *                     own resources decide it
 */
public record EngineCaller(String userId, List<String> groupIds, boolean camundaAdmin) {

    public EngineCaller {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    /** The caller of the current engine command or webapp request, if the engine knows one. */
    public static Optional<EngineCaller> current(ProcessEngine engine) {
        Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
        if (authentication == null) {
            return Optional.empty();
        }
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        boolean admin = groups.stream().anyMatch(listed(configuration.getAdminGroups())::contains)
                || listed(configuration.getAdminUsers()).contains(authentication.getUserId());
        return Optional.of(new EngineCaller(authentication.getUserId(), groups, admin));
    }

    private static List<String> listed(List<String> configured) {
        return configured == null ? List.of() : configured;
    }

    /** The id of the user the engine acts for, if any (none for timers and the job executor). */
    public static Optional<String> currentUserId(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? Optional.empty() : Optional.ofNullable(authentication.getUserId());
    }
}
