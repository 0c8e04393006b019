package com.casedesk.rectification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/complaints/{caseNumber}/rectifications")
@Tag(name = "Rectifications 整改", description = "Improvement actions ordered by a decision (002 §4.3), staff only")
class RectificationController {

    private final Rectifications rectifications;

    RectificationController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a rectification action on a case",
            description = "Writes the action to the ledger and starts its own task for the department (or the"
                    + " named owner), with a reminder before the deadline and escalation to the supervisors after it.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "201", description = "Opened")
    @ApiResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    @ApiResponse(responseCode = "404", description = "No such complaint")
    ResponseEntity<RectificationView> open(@PathVariable String caseNumber, @RequestBody RectificationRequest request) {
        RectificationAction action = rectifications.open(caseNumber, request.department(), request.owner(),
                request.description(), request.deadline());
        return ResponseEntity.created(URI.create("/api/complaints/" + action.getCaseNumber() + "/rectifications/"
                + action.getId())).body(RectificationView.of(action));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List a case's rectification actions with their status",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "404", description = "No such complaint")
    List<RectificationView> list(@PathVariable String caseNumber) {
        return rectifications.list(caseNumber).stream().map(RectificationView::of).toList();
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one rectification action", security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "404", description = "No such action on this complaint")
    RectificationView get(@PathVariable String caseNumber, @PathVariable long id) {
        return RectificationView.of(rectifications.get(caseNumber, id));
    }
}
