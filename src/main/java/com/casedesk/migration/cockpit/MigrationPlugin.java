package com.casedesk.migration.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The 版本迁移 Cockpit plugin: Cockpit Community Edition has no migration screen, so the service brings
 * its own for the process owners. Registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; front end
 * {@code plugin-webapp/casedesk-migration/app/plugin.js}, data from {@link MigrationRootResource}.
 */
public class MigrationPlugin extends AbstractCockpitPlugin {

    public static final String ID = "casedesk-migration";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(MigrationRootResource.class);
    }
}
