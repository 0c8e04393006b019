package com.casedesk.migration.cockpit;

import com.casedesk.migration.CaseMigrations;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code /camunda/api/cockpit/plugin/casedesk-migration/...}: the plugin's assets and, per engine, its
 * data. Only a logged-in Cockpit session reaches it (Camunda's EngineRequestAuthorizer); the owner check
 * is {@link CaseMigrations}', the plan check the engine's (process/MigrationGuard).
 */
@Path("plugin/" + MigrationPlugin.ID)
public class MigrationRootResource extends AbstractCockpitPluginRootResource {

    public MigrationRootResource() {
        super(MigrationPlugin.ID);
    }

    @Path("{engineName}")
    public MigrationResource engine(@PathParam("engineName") String engineName) {
        CaseMigrations migrations = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(CaseMigrations.class);
        return subResource(new MigrationResource(engineName, migrations), engineName);
    }
}
