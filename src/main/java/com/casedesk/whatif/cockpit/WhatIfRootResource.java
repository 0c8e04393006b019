package com.casedesk.whatif.cockpit;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.whatif.jobs.WhatIfRuns;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/casedesk-whatif/...}: the plugin's assets and, per engine, its data,
 * under the Cockpit session (the webapp's security filter lets only a logged-in session through).
 */
@Path("plugin/" + WhatIfPlugin.ID)
public class WhatIfRootResource extends AbstractCockpitPluginRootResource {

    public WhatIfRootResource() {
        super(WhatIfPlugin.ID);
    }

    @Path("{engineName}")
    public WhatIfResource engine(@PathParam("engineName") String engineName) {
        var spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        return subResource(new WhatIfResource(engineName, spring.getBean(WhatIfRuns.class),
                spring.getBean(ServiceZone.class).zone()), engineName);
    }
}
