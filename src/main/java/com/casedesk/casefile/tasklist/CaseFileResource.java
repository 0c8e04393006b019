package com.casedesk.casefile.tasklist;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;

/**
 * The case file of one task, for the Tasklist session's user ({@link CaseFiles} decides). Answers are never
 * cached: they carry personal data.
 */
public class CaseFileResource extends AbstractTasklistPluginResource {

    private final CaseFiles caseFiles;

    public CaseFileResource(String engineName, CaseFiles caseFiles) {
        super(engineName);
        this.caseFiles = caseFiles;
    }

    @GET
    @Path("task/{taskId}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response caseFile(@PathParam("taskId") String taskId) {
        return Response.ok(caseFiles.read(getProcessEngine(), taskId), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .cacheControl(noStore()).build();
    }

    @GET
    @Path("task/{taskId}/documents/{documentId}")
    public Response document(@PathParam("taskId") String taskId, @PathParam("documentId") long documentId) {
        CaseFileSource.Download download = caseFiles.document(getProcessEngine(), taskId, documentId);
        return Response.ok(download.content(), download.mediaType())
                .cacheControl(noStore())
                // never rendered inline: evidence is downloaded, not executed in the webapp's origin
                .header("Content-Disposition", download.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
