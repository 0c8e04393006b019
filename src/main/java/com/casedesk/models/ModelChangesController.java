package com.casedesk.models;

import com.casedesk.process.ModelDeployments;
import com.casedesk.process.ModelDrift;
import com.casedesk.process.ModelOwnership;
import com.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Collection;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was deployed, by whom, and how it differs from the release (issue 18): the way an owner's change
 * made in Modeler gets back into the repository. Owners see the models they own (security/AccessMatrix
 * MODEL_OWNERS), administrators all; everybody else gets 403. Reads only.
 */
@RestController
@RequestMapping("/api/models")
@Tag(name = "Models 模型", description = "Deployments of the models, their difference from the release, model drift:"
        + " process owners (their own models) and administrators")
@SecurityRequirement(name = "basic")
class ModelChangesController {

    private static final int MAX = 500;

    private final ModelDeployments deployments;
    private final ModelDrift drift;
    private final ModelOwnership ownership;

    ModelChangesController(ModelDeployments deployments, ModelDrift drift, ModelOwnership ownership) {
        this.deployments = deployments;
        this.drift = drift;
        this.ownership = ownership;
    }

    @Operation(summary = "Deployments, newest first, with each resource's key, version, checksum and a unified diff"
            + " against the release's copy of the same key; only the resources of models the caller owns")
    @GetMapping("/changes")
    List<ModelDeployments.Change> changes(@RequestParam(defaultValue = "100") int limit) {
        Collection<String> groups = requireOwner();
        return deployments.list(key -> ownership.owns(groups, key), Math.max(1, Math.min(limit, MAX)));
    }

    @Operation(summary = "One deployed resource as deployed (to commit it to the repository); 403 unless the caller"
            + " owns every model it defines")
    @GetMapping("/changes/{deploymentId}/resources/{*name}")
    ResponseEntity<byte[]> resource(@PathVariable String deploymentId, @PathVariable String name) {
        Collection<String> groups = requireOwner();
        String resourceName = name.startsWith("/") ? name.substring(1) : name;
        List<String> keys = deployments.keysOf(deploymentId, resourceName);
        if (keys.isEmpty()) {
            throw problem(HttpStatus.NOT_FOUND, "No deployed resource " + resourceName + " in deployment " + deploymentId);
        }
        if (!keys.stream().allMatch(key -> ownership.owns(groups, key))) {
            throw problem(HttpStatus.FORBIDDEN, "This resource is a model your groups do not own.");
        }
        byte[] content = deployments.content(deploymentId, resourceName).orElseThrow(() -> problem(HttpStatus.NOT_FOUND,
                "Deployment " + deploymentId + " was deleted; its record remains, its content does not"));
        String file = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        return ResponseEntity.ok()
                .contentType(file.endsWith(".form") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(content);
    }

    @Operation(summary = "Model drift: release models kept at the owner's newer version at the last start-up")
    @GetMapping("/drift")
    List<ModelDrift.Drift> drift() {
        Collection<String> groups = requireOwner();
        return drift.current().stream().filter(d -> ownership.owns(groups, d.key())).toList();
    }

    private Collection<String> requireOwner() {
        List<String> groups = CurrentUser.groups();
        if (!ownership.ownsAny(groups)) {
            throw problem(HttpStatus.FORBIDDEN, "Only process owners and administrators may read the model changes.");
        }
        return groups;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return new ErrorResponseException(status, problem, null);
    }
}
