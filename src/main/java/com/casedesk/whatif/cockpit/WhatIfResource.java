package com.casedesk.whatif.cockpit;

import com.casedesk.process.EngineCaller;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import com.casedesk.whatif.jobs.WhatIfCaller;
import com.casedesk.whatif.jobs.WhatIfRefused;
import com.casedesk.whatif.jobs.WhatIfRequest;
import com.casedesk.whatif.jobs.WhatIfRequest.Upload;
import com.casedesk.whatif.jobs.WhatIfRun;
import com.casedesk.whatif.jobs.WhatIfRuns;
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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The 模型推演 view's data for one engine, as {@link WhatIfRuns} allows the Cockpit session's person: the same
 * rules and answers as {@code /api/whatif}. Files come as JSON with base64 content (the browser reads them as
 * bytes, so the SHA-256 is of the file as Modeler saved it).
 */
public class WhatIfResource extends AbstractCockpitPluginResource {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The same policy as the API's: the report runs no script and loads nothing. */
    private static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    /** A run as the view lists it: times in the service's zone, as text. */
    public record Run(String id, String status, String requestedBy, String requestedAt, String endedAt, int year,
                      int cases, int seeds, List<WhatIfRun.CandidateFile> candidates, String message) {
    }

    private final WhatIfRuns runs;
    private final ZoneId zone;

    public WhatIfResource(String engineName, WhatIfRuns runs, ZoneId zone) {
        super(engineName);
        this.runs = runs;
        this.zone = zone;
    }

    @GET
    @Path("runs")
    @Produces(MediaType.APPLICATION_JSON)
    public List<Run> list() {
        return asCaller(caller -> runs.list(caller).stream().map(this::shown).toList());
    }

    @GET
    @Path("runs/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Run get(@PathParam("id") String id) {
        return asCaller(caller -> shown(runs.get(caller, id)));
    }

    @POST
    @Path("runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Run start(String body) {
        JsonNode request = read(body);
        List<Upload> candidates = new ArrayList<>();
        request.path("candidates").forEach(file -> candidates.add(upload(file)));
        String key = request.path("idempotencyKey").asText(null);
        WhatIfRequest whatIf = new WhatIfRequest(candidates, upload(request.get("staffing")), upload(request.get("arrivals")),
                text(request, "year"), text(request, "cases"), text(request, "seeds"), text(request, "seed"));
        return asCaller(caller -> shown(runs.request(caller, whatIf, key).run()));
    }

    @GET
    @Path("runs/{id}/report.html")
    public Response html(@PathParam("id") String id) {
        byte[] content = asCaller(caller -> runs.report(caller, id, true).content());
        return Response.ok(content, "text/html; charset=UTF-8").header("Content-Security-Policy", REPORT_POLICY).build();
    }

    @GET
    @Path("runs/{id}/report.json")
    public Response json(@PathParam("id") String id) {
        byte[] content = asCaller(caller -> runs.report(caller, id, false).content());
        return Response.ok(content, MediaType.APPLICATION_JSON).header("Content-Disposition",
                "attachment; filename=\"whatif-" + id.replace("\"", "") + ".json\"").build();
    }

    private Run shown(WhatIfRun run) {
        return new Run(run.id(), run.status().name(), run.requestedBy(), time(run.requestedAt()), time(run.endedAt()),
                run.year(), run.cases(), run.seeds(), run.candidates(), run.message());
    }

    private String time(Instant instant) {
        return instant == null ? null : MINUTES.format(instant.atZone(zone));
    }

    private <T> T asCaller(Function<WhatIfCaller, T> work) {
        EngineCaller caller = EngineCaller.current(getProcessEngine()).orElse(null);
        if (caller == null) {
            throw new RestException(Response.Status.UNAUTHORIZED, "模型推演 needs a Cockpit login");
        }
        // Cockpit's administrators by the engine's own rule (admin users as well as groups)
        List<String> groups = new ArrayList<>(caller.groupIds());
        if (caller.camundaAdmin()) {
            groups.add(StaffGroups.ADMIN);
        }
        try {
            return work.apply(new WhatIfCaller(caller.userId(), groups));
        } catch (WhatIfRefused refused) {
            throw new RestException(Response.Status.fromStatusCode(refused.status()), refused.getMessage());
        } catch (InvalidRequestException invalid) {
            Object errors = invalid.getBody().getProperties() == null ? null : invalid.getBody().getProperties().get("errors");
            String detail = errors instanceof List<?> list ? String.join("; ", list.stream()
                    .map(e -> e instanceof FieldProblem p ? p.field() + ": " + p.message() : String.valueOf(e)).toList())
                    : invalid.getBody().getDetail();
            throw new RestException(Response.Status.BAD_REQUEST, detail);
        }
    }

    private static Upload upload(JsonNode file) {
        if (file == null || file.isNull() || file.isMissingNode()) {
            return null;
        }
        try {
            return new Upload(file.path("name").asText(""), Base64.getDecoder().decode(file.path("content").asText("")));
        } catch (IllegalArgumentException e) {
            throw new RestException(Response.Status.BAD_REQUEST, "content of " + file.path("name").asText("a file")
                    + ": not base64");
        }
    }

    private static String text(JsonNode request, String field) {
        JsonNode value = request.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw new RestException(Response.Status.BAD_REQUEST, "the request is not JSON");
        }
    }
}
