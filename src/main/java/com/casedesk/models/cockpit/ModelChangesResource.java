package com.casedesk.models.cockpit;

import com.casedesk.models.ModelChanges;
import com.casedesk.process.EngineCaller;
import com.casedesk.process.ModelDeployments;
import com.casedesk.process.ModelDrift;
import com.casedesk.security.StaffGroups;
import com.casedesk.whatif.jobs.WhatIfRuns;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.rest.exception.RestException;

/** The 模型变更 view's data for one engine, as {@link ModelChanges} allows the Cockpit session's person. */
public class ModelChangesResource extends AbstractCockpitPluginResource {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A deployment as the view shows it: the time in the service's zone, as text. */
    public record Change(String deploymentId, String deployedBy, String deployedAt, String deploymentName,
                         List<ModelDeployments.Resource> resources, String whatIfRun) {
    }

    private final ModelChanges changes;
    private final WhatIfRuns whatIf;
    private final ZoneId zone;

    public ModelChangesResource(String engineName, ModelChanges changes, WhatIfRuns whatIf, ZoneId zone) {
        super(engineName);
        this.changes = changes;
        this.whatIf = whatIf;
        this.zone = zone;
    }

    @GET
    @Path("changes")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Change> changes(@QueryParam("limit") Integer limit) {
        return asCaller(groups -> {
            // the latest DONE what-if run of the same files (issue 19), if the person may read it
            var tried = whatIf.triedFor(groups);
            return changes.changes(groups, limit == null ? 100 : limit).stream()
                    .map(c -> new Change(c.deploymentId(), c.deployedBy(), MINUTES.format(c.deployedAt().atZone(zone)),
                            c.deploymentName(), c.resources(), tried.apply(c.resources().stream()
                            .map(ModelDeployments.Resource::checksum).distinct().toList()).map(WhatIfRuns.Tried::id)
                            .orElse(null))).toList();
        });
    }

    @GET
    @Path("drift")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ModelDrift.Drift> drift() {
        return asCaller(changes::drift);
    }

    @GET
    @Path("changes/{deploymentId}/resources/{name: .+}")
    public Response resource(@PathParam("deploymentId") String deploymentId, @PathParam("name") String name) {
        ModelChanges.Download download = asCaller(groups -> changes.resource(groups, deploymentId, name));
        return Response.ok(download.content(), download.fileName().endsWith(".form") ? MediaType.APPLICATION_JSON
                        : MediaType.APPLICATION_XML)
                .header("Content-Disposition", "attachment; filename=\"" + download.fileName().replace("\"", "") + "\"")
                .build();
    }

    private <T> T asCaller(Function<List<String>, T> read) {
        EngineCaller caller = EngineCaller.current(getProcessEngine()).orElse(null);
        if (caller == null) {
            throw new RestException(Response.Status.FORBIDDEN, "模型变更 needs a Cockpit login");
        }
        // Cockpit's administrators by the engine's own rule (admin users as well as groups)
        List<String> groups = new ArrayList<>(caller.groupIds());
        if (caller.camundaAdmin()) {
            groups.add(StaffGroups.ADMIN);
        }
        try {
            return read.apply(groups);
        } catch (ModelChanges.Refused refused) {
            throw new RestException(Response.Status.fromStatusCode(refused.status()), refused.getMessage());
        }
    }
}
