package com.casedesk.casefile.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * The 案件档案 (case file) tab in Tasklist's task view. Registered through
 * {@code META-INF/services/org.camunda.bpm.tasklist.plugin.spi.TasklistPlugin}; its front end is
 * {@code plugin-webapp/casedesk-casefile/app/plugin.js} (an ES module on {@code tasklist.task.detail}), its
 * data comes from {@link CaseFileRootResource} under the Tasklist session, never from {@code /api}.
 */
public class CaseFilePlugin extends AbstractTasklistPlugin {

    public static final String ID = "casedesk-casefile";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(CaseFileRootResource.class);
    }
}
