package com.casedesk.models;

import com.casedesk.process.ModelDeployments;
import com.casedesk.process.ModelDrift;
import com.casedesk.security.CurrentUser;
import com.casedesk.whatif.jobs.WhatIfRuns;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was deployed, by whom, and how it differs from the release (issue 18): the way an owner's change
 * made in Modeler gets back into the repository. Owners see the models they own (security/AccessMatrix
 * MODEL_OWNERS), administrators all; everybody else gets 403 ({@link ModelChanges}). Reads only.
 */
@RestController
@RequestMapping("/api/models")
@Tag(name = "Models 模型", description = "Deployments of the models, their difference from the release, model drift:"
        + " process owners (their own models) and administrators")
@SecurityRequirement(name = "basic")
class ModelChangesController {

    /**
     * A deployment as listed, with the latest DONE what-if run (issue 19) whose candidate files had the same
     * SHA-256 as every resource deployed, if the caller may read that run: the change was tried before.
     */
    record Entry(@JsonUnwrapped ModelDeployments.Change change, WhatIfRuns.Tried whatIfRun) {
    }

    private final ModelChanges changes;
    private final WhatIfRuns whatIf;

    ModelChangesController(ModelChanges changes, WhatIfRuns whatIf) {
        this.changes = changes;
        this.whatIf = whatIf;
    }

    @Operation(summary = "Deployments, newest first, with each resource's key, version, checksum and a unified diff"
            + " against the release's copy of the same key; only the resources of models the caller owns; whatIfRun:"
            + " the latest DONE what-if run of the same files (SHA-256), if any")
    @GetMapping("/changes")
    List<Entry> changes(@RequestParam(defaultValue = "100") int limit) {
        var tried = whatIf.triedFor(CurrentUser.groups());
        return changes.changes(CurrentUser.groups(), limit).stream().map(c -> new Entry(c, tried.apply(
                c.resources().stream().map(ModelDeployments.Resource::checksum).distinct().toList()).orElse(null))).toList();
    }

    @Operation(summary = "One deployed resource as deployed (to commit it to the repository); 403 unless the caller"
            + " owns every model it defines")
    @GetMapping("/changes/{deploymentId}/resources/{*name}")
    ResponseEntity<byte[]> resource(@PathVariable String deploymentId, @PathVariable String name) {
        ModelChanges.Download download = changes.resource(CurrentUser.groups(), deploymentId,
                name.startsWith("/") ? name.substring(1) : name);
        return ResponseEntity.ok()
                .contentType(download.fileName().endsWith(".form") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(download.fileName())
                        .build().toString())
                .body(download.content());
    }

    @Operation(summary = "Model drift: release models kept at the owner's newer version at the last start-up")
    @GetMapping("/drift")
    List<ModelDrift.Drift> drift() {
        return changes.drift(CurrentUser.groups());
    }

    @ExceptionHandler(ModelChanges.Refused.class)
    ResponseEntity<ProblemDetail> refused(ModelChanges.Refused refused) {
        HttpStatus status = HttpStatus.valueOf(refused.status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle(status.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
