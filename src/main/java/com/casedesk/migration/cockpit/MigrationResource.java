package com.casedesk.migration.cockpit;

import com.casedesk.migration.CaseMigrations;
import com.casedesk.migration.CaseMigrations.Caller;
import com.casedesk.migration.CaseMigrations.Plan;
import com.casedesk.migration.CaseMigrations.Step;
import com.casedesk.process.EngineCaller;
import com.casedesk.process.MigrationRefused;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.web.ErrorResponseException;

/** The 版本迁移 view's data under the Cockpit session's user: the same service and rules as {@code /api}. */
@Produces(MediaType.APPLICATION_JSON)
public class MigrationResource extends AbstractCockpitPluginResource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseMigrations migrations;

    public MigrationResource(String engineName, CaseMigrations migrations) {
        super(engineName);
        this.migrations = migrations;
    }

    @GET
    @Path("processes")
    public List<String> processes() {
        return answer(() -> migrations.ownedBy(caller()));
    }

    @GET
    @Path("processes/{key}/versions")
    public List<CaseMigrations.Version> versions(@PathParam("key") String key) {
        return answer(() -> migrations.versions(key, caller()));
    }

    @POST
    @Path("processes/{key}/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Plan plan(@PathParam("key") String key, String body) {
        JsonNode request = read(body);
        return answer(() -> migrations.propose(key, request.path("sourceVersion").asInt(),
                request.path("targetVersion").asInt(), caller()));
    }

    @POST
    @Path("processes/{key}/validation")
    @Consumes(MediaType.APPLICATION_JSON)
    public CaseMigrations.Validation validate(@PathParam("key") String key, String body) {
        JsonNode request = read(body);
        return answer(() -> migrations.validate(plan(key, request), ids(request), caller()));
    }

    @POST
    @Path("processes/{key}/migrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Object execute(@PathParam("key") String key, String body) {
        JsonNode request = read(body);
        return answer(() -> migrations.execute(plan(key, request), ids(request), caller()));
    }

    @GET
    @Path("migrations/{batchId}")
    public CaseMigrations.Progress progress(@PathParam("batchId") String batchId) {
        return answer(() -> migrations.progress(batchId, caller()));
    }

    private Caller caller() {
        EngineCaller caller = EngineCaller.current(getProcessEngine())
                .orElseThrow(() -> new RestException(Response.Status.UNAUTHORIZED, "not logged in"));
        return new Caller(caller.userId(), caller.groupIds());
    }

    private static Plan plan(String key, JsonNode request) {
        List<Step> steps = new ArrayList<>();
        request.path("instructions").forEach(i -> steps.add(new Step(i.path("sourceActivityId").asText(),
                i.path("targetActivityId").asText())));
        return new Plan(key, request.path("sourceVersion").asInt(), request.path("targetVersion").asInt(), steps);
    }

    private static List<String> ids(JsonNode request) {
        List<String> ids = new ArrayList<>();
        request.path("processInstanceIds").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw new RestException(Response.Status.BAD_REQUEST, "the request is not JSON");
        }
    }

    /** The service's refusals as the plugin's answers: the same status and reason as on /api. */
    private static <T> T answer(Supplier<T> work) {
        try {
            return work.get();
        } catch (ErrorResponseException e) {
            throw new RestException(Response.Status.fromStatusCode(e.getStatusCode().value()), e.getBody().getDetail());
        } catch (MigrationRefused e) {
            throw new RestException(Response.Status.fromStatusCode(e.status()), String.join("; ", e.reasons()));
        }
    }
}
