package com.casedesk.statistics.cockpit;

import com.casedesk.statistics.CaseMonitor;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/casedesk-monitor/...}: the plugin's assets ({@code static/app/plugin.js},
 * served by the base class) and, per engine, its data. The webapp's security filter lets only a logged-in
 * Cockpit session through ({@code EngineRequestAuthorizer}); {@link CaseMonitorResource} then checks the
 * groups. Jersey creates this class, not Spring: the dashboard bean comes from the web application context
 * of the servlet context the request runs in.
 */
@Path("plugin/" + CaseMonitorPlugin.ID)
public class CaseMonitorRootResource extends AbstractCockpitPluginRootResource {

    public CaseMonitorRootResource() {
        super(CaseMonitorPlugin.ID);
    }

    @Path("{engineName}")
    public CaseMonitorResource engine(@PathParam("engineName") String engineName) {
        CaseMonitor monitor = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(CaseMonitor.class);
        return subResource(new CaseMonitorResource(engineName, monitor), engineName);
    }
}
