package com.casedesk.whatif.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The 模型推演 (What-if) Cockpit view (issue 19): the logged-in owner's what-if runs with their status and
 * report, and a form to upload candidate files and start one. Registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; front end
 * {@code plugin-webapp/casedesk-whatif/app/plugin.js}; data from {@link WhatIfRootResource}.
 */
public class WhatIfPlugin extends AbstractCockpitPlugin {

    public static final String ID = "casedesk-whatif";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(WhatIfRootResource.class);
    }
}
