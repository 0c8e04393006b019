package com.casedesk.models.cockpit;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.models.ModelChanges;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/casedesk-models/...}: the plugin's assets and, per engine, its data,
 * under the Cockpit session (the webapp's security filter lets only a logged-in session through).
 */
@Path("plugin/" + ModelChangesPlugin.ID)
public class ModelChangesRootResource extends AbstractCockpitPluginRootResource {

    public ModelChangesRootResource() {
        super(ModelChangesPlugin.ID);
    }

    @Path("{engineName}")
    public ModelChangesResource engine(@PathParam("engineName") String engineName) {
        var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new ModelChangesResource(engineName, spring.getBean(ModelChanges.class),
                spring.getBean(com.casedesk.whatif.jobs.WhatIfRuns.class),
                spring.getBean(ServiceZone.class).zone()), engineName);
    }
}
