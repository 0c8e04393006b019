package com.casedesk.complaint.search.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * 我的案件 / 本组案件 in Tasklist: case workers may have no Cockpit, so their case list is a Tasklist plugin. Registered
 * through {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}; its front end is
 * {@code plugin-webapp/casedesk-cases/app/plugin.js} (an ES module on {@code tasklist.navbar.action}: a button in
 * Tasklist's header that opens the list), its data comes from {@link CaseListRootResource}.
 */
public class CaseListPlugin extends AbstractTasklistPlugin {

    public static final String ID = "casedesk-cases";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(CaseListRootResource.class);
    }
}
