package com.casedesk.statistics.cockpit;

import com.casedesk.process.EngineCaller;
import com.casedesk.security.StaffGroups;
import com.casedesk.statistics.CaseMonitor;
import com.casedesk.statistics.StatisticsAccess;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The dashboard's data for one engine. Only complaint managers, compliance and Camunda administrators
 * see it; everyone else logged in to Cockpit gets 403 (Camunda's own authorization checks do not cover
 * the ledger tables this reads).
 */
public class CaseMonitorResource extends AbstractCockpitPluginResource {

    static final List<String> ALLOWED = Stream.concat(StatisticsAccess.STATISTICS.stream(), Stream.of(StaffGroups.ADMIN))
            .toList();

    private final CaseMonitor monitor;

    public CaseMonitorResource(String engineName, CaseMonitor monitor) {
        super(engineName);
        this.monitor = monitor;
    }

    @GET
    @Path("dashboard")
    @Produces(MediaType.APPLICATION_JSON)
    public CaseMonitor.Dashboard dashboard() {
        EngineCaller caller = EngineCaller.current(getProcessEngine()).orElse(null);
        if (caller == null || !(caller.camundaAdmin() || StatisticsAccess.allowed(caller.groupIds(), ALLOWED))) {
            throw new RestException(Response.Status.FORBIDDEN,
                    "投诉监控 is for complaint managers, compliance and administrators only");
        }
        return monitor.dashboard();
    }
}
