package com.casedesk.complaint.search.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/tasklist/plugin/casedesk-cases/...}: the plugin's assets ({@code static/app/plugin.js}, served
 * by the base class) and, per engine, its data. Camunda's webapp security filter lets only a session logged in to
 * that engine through ({@code EngineRequestAuthorizer}; HTTP Basic is no login there). Jersey creates this class,
 * not Spring: the list comes from the web application context of the servlet context the request runs in.
 */
@Path("plugin/" + CaseListPlugin.ID)
public class CaseListRootResource extends AbstractTasklistPluginRootResource {

    public CaseListRootResource() {
        super(CaseListPlugin.ID);
    }

    @Path("{engineName}")
    public CaseListResource engine(@PathParam("engineName") String engineName) {
        CaseList list = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext).getBean(CaseList.class);
        return subResource(new CaseListResource(engineName, list), engineName);
    }
}
