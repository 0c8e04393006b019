package com.casedesk.statistics.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The 投诉监控 Cockpit plugin: Cockpit Community Edition has no history, metrics or heatmap views, so the
 * service brings its own dashboard. Registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its front end is
 * {@code plugin-webapp/casedesk-monitor/app/plugin.js} (an ES module with a dashboard view, a navigation
 * entry and a route), its data comes from {@link CaseMonitorRootResource}.
 */
public class CaseMonitorPlugin extends AbstractCockpitPlugin {

    public static final String ID = "casedesk-monitor";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(CaseMonitorRootResource.class);
    }
}
