package com.casedesk.models.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The 模型变更 Cockpit view (issue 18): every deployment of the models the logged-in owner owns, its
 * difference from the release, a download to commit it, and model drift. Registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; front end
 * {@code plugin-webapp/casedesk-models/app/plugin.js}; data from {@link ModelChangesRootResource}.
 */
public class ModelChangesPlugin extends AbstractCockpitPlugin {

    public static final String ID = "casedesk-models";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(ModelChangesRootResource.class);
    }
}
