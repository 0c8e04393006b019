package com.casedesk.casefile.tasklist;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/tasklist/plugin/casedesk-casefile/...}: the plugin's assets ({@code static/app/plugin.js},
 * served by the base class, public) and, per engine, the case file. Camunda's webapp security filter lets only
 * a session logged in to that engine reach {@code {engine}/...} (EngineRequestAuthorizer, 401 otherwise; the
 * API's HTTP Basic login is no session); {@link CaseFileResource} then applies the engine's task read check and
 * the case's own rules. Jersey creates this class, not Spring: the service comes from the web application
 * context of the servlet context the request runs in.
 */
@Path("plugin/" + CaseFilePlugin.ID)
public class CaseFileRootResource extends AbstractTasklistPluginRootResource {

    public CaseFileRootResource() {
        super(CaseFilePlugin.ID);
    }

    @Path("{engineName}")
    public CaseFileResource engine(@PathParam("engineName") String engineName) {
        CaseFiles caseFiles = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(CaseFiles.class);
        return subResource(new CaseFileResource(engineName, caseFiles), engineName);
    }
}
