package com.casedesk.whatif.web;

import com.casedesk.security.CurrentUser;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import com.casedesk.whatif.jobs.WhatIfCaller;
import com.casedesk.whatif.jobs.WhatIfRefused;
import com.casedesk.whatif.jobs.WhatIfRequest;
import com.casedesk.whatif.jobs.WhatIfRequest.Upload;
import com.casedesk.whatif.jobs.WhatIfRun;
import com.casedesk.whatif.jobs.WhatIfRuns;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Process owners try a change of their models against a simulated year before deploying it (issue 19): the
 * candidate files go to a background run in a JVM of its own (whatif/jobs); the report is read here when it is
 * DONE. Owners of every model key the files define only ({@link WhatIfRuns}).
 */
@RestController
@RequestMapping("/api/whatif")
@Tag(name = "What-if 模型推演", description = "Run candidate models against a simulated year of complaints:"
        + " process owners (their own models) and administrators")
@SecurityRequirement(name = "basic")
class WhatIfController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,100}");
    /** A report is the service's own HTML; it still runs no script and loads nothing, whatever a model's names hold. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    private final WhatIfRuns runs;

    WhatIfController(WhatIfRuns runs) {
        this.runs = runs;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Start a what-if run of candidate models",
            description = "One or more files `candidate` (.bpmn, .dmn, .form as Camunda Modeler saves them, at most 20,"
                    + " 2 MB each), optional `staffing` (YAML, as whatif/staffing.yaml) and `arrivals` (CSV); fields"
                    + " `year` (default this year), `cases` (1–50,000, default 1,000), `seeds` (1–5, default 1), `seed`."
                    + " The caller must own every model key the files define. Runs one at a time; poll the Location.")
    @ApiResponse(responseCode = "202", description = "Queued (or, for a repeated Idempotency-Key, the run it started)")
    @ApiResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    @ApiResponse(responseCode = "403", description = "Not an owner of every model the files define; nothing stored")
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    ResponseEntity<WhatIfRun> start(
            @RequestParam(name = "candidate", required = false) List<MultipartFile> candidate,
            @RequestParam(required = false) MultipartFile staffing,
            @RequestParam(required = false) MultipartFile arrivals,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String cases,
            @RequestParam(required = false) String seeds,
            @RequestParam(required = false) String seed,
            @Parameter(description = "Client-chosen key (8–100 of A-Z a-z 0-9 . _ : -); a retry with the same key"
                    + " answers the same run and never starts a second one")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        if (idempotencyKey != null && !KEY_FORMAT.matcher(idempotencyKey).matches()) {
            throw new InvalidRequestException(List.of(new FieldProblem(IDEMPOTENCY_KEY,
                    "must be 8 to 100 characters of A-Z a-z 0-9 . _ : -")));
        }
        List<Upload> files = new ArrayList<>();
        if (candidate != null) {
            candidate.stream().map(WhatIfController::upload).filter(java.util.Objects::nonNull).forEach(files::add);
        }
        WhatIfRequest request = new WhatIfRequest(files, upload(staffing), upload(arrivals), year, cases, seeds, seed);
        WhatIfRuns.Accepted accepted = runs.request(caller(), request, idempotencyKey);
        return ResponseEntity.accepted().location(URI.create("/api/whatif/" + accepted.run().id()))
                .header("Idempotent-Replayed", Boolean.toString(accepted.replayed())).body(accepted.run());
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The what-if runs of models the caller owns, newest first (at most 100)")
    List<WhatIfRun> list() {
        return runs.list(caller());
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "One run: status QUEUED, RUNNING, DONE or FAILED, who, when, the files, why it failed;"
            + " 404 for a run of models the caller does not own")
    WhatIfRun get(@PathVariable String id) {
        return runs.get(caller(), id);
    }

    @GetMapping(path = "/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @Operation(summary = "The report of a DONE run (409 before); every read is audited")
    ResponseEntity<byte[]> html(@PathVariable String id) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Security-Policy", REPORT_POLICY).body(runs.report(caller(), id, true).content());
    }

    @GetMapping(path = "/{id}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report's figures of a DONE run (409 before); every read is audited")
    ResponseEntity<byte[]> json(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(runs.report(caller(), id, false).content());
    }

    @ExceptionHandler(WhatIfRefused.class)
    ResponseEntity<ProblemDetail> refused(WhatIfRefused refused) {
        HttpStatus status = HttpStatus.valueOf(refused.status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.getMessage());
        problem.setTitle(status.getReasonPhrase());
        if (refused.rule() != null) {
            problem.setProperty("rule", refused.rule());
        }
        if (status == HttpStatus.UNPROCESSABLE_ENTITY) {
            problem.setProperty("errors", List.of(new FieldProblem(IDEMPOTENCY_KEY, "was already used for a different request")));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static WhatIfCaller caller() {
        return new WhatIfCaller(CurrentUser.get().orElseThrow(), CurrentUser.groups());
    }

    private static Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            return null; // a form's file field left empty
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
