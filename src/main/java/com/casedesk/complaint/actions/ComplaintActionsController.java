package com.casedesk.complaint.actions;

import com.casedesk.complaint.ClockPause;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.ComplaintExtension;
import com.casedesk.complaint.access.CaseConflict;
import com.casedesk.complaint.access.Recusal;
import com.casedesk.complaint.intake.IntakeReceipt;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff actions on a running complaint. Every one is recorded in the case's event log. */
@RestController
@RequestMapping(path = "/api/complaints/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Complaint actions 投诉处理操作", description = "Withdrawal, regrading, clock pauses and extensions (staff)")
class ComplaintActionsController {

    private final ComplaintActions actions;
    private final Recusal recusal;

    ComplaintActionsController(ComplaintActions actions, Recusal recusal) {
        this.actions = actions;
        this.recusal = recusal;
    }

    record ConflictDeclaration(
            @Size(max = 64) @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._-]*") String userId,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping(path = "/conflicts-of-interest", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Declare a conflict of interest (回避, Art. 17): the person hands back and never gets the case's"
            + " tasks. Without userId, the caller declares for themselves", security = @SecurityRequirement(name = "basic"))
    ResponseEntity<CaseConflict> declareConflict(@PathVariable String caseNumber,
                                                 @Valid @RequestBody ConflictDeclaration body) {
        String userId = body.userId() == null || body.userId().isBlank()
                ? com.casedesk.security.CurrentUser.get().orElseThrow() : body.userId();
        CaseConflict conflict = recusal.declare(caseNumber, userId, body.reason());
        return ResponseEntity.created(URI.create("/api/complaints/" + caseNumber + "/conflicts-of-interest/"
                + conflict.id())).body(conflict);
    }

    @org.springframework.web.bind.annotation.GetMapping(path = "/conflicts-of-interest")
    @Operation(summary = "Who is recused from the case", security = @SecurityRequirement(name = "basic"))
    java.util.List<CaseConflict> conflicts(@PathVariable String caseNumber) {
        return recusal.of(caseNumber);
    }

    record Withdrawal(@NotBlank @Size(max = 2000) String reason, OffsetDateTime receivedAt) {
    }

    record Regrade(@NotNull @Min(1) @Max(3) Integer level, @NotBlank @Size(max = 2000) String reason) {
    }

    record PauseRequest(@NotNull ClockPause.Kind kind, @NotBlank @Size(max = 2000) String reason) {
    }

    record ExtensionRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    record InvestigationExtensionRequest(@NotNull @Min(1) @Max(30) Integer workingDays,
                                         @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping(path = "/investigation-extensions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask a department head for more working days for the investigation (002 §4.1);"
            + " never past the level's maximum or the reply deadline", security = @SecurityRequirement(name = "basic"))
    ResponseEntity<ComplaintExtension> requestInvestigationExtension(@PathVariable String caseNumber,
                                                                     @Valid @RequestBody InvestigationExtensionRequest body) {
        ComplaintExtension extension = actions.requestInvestigationExtension(caseNumber, body.workingDays(), body.reason());
        return ResponseEntity.created(URI.create("/api/complaints/" + caseNumber + "/extension-requests/"
                + extension.id())).body(extension);
    }

    @PostMapping(path = "/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the complainant's withdrawal (撤诉, Art. 15): handling ends at once",
            security = @SecurityRequirement(name = "basic"))
    IntakeReceipt withdraw(@PathVariable String caseNumber, @Valid @RequestBody Withdrawal body) {
        return actions.withdraw(caseNumber, body.reason(), body.receivedAt() == null ? null : body.receivedAt().toInstant());
    }

    @PostMapping(path = "/regrade", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change the level with a reason; the case moves to the new level's path",
            security = @SecurityRequirement(name = "basic"))
    IntakeReceipt regrade(@PathVariable String caseNumber, @Valid @RequestBody Regrade body) {
        return actions.regrade(caseNumber, body.level(), body.reason());
    }

    @PostMapping(path = "/clock-pauses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Pause the reply clock for outside appraisal or mediation (Art. 18, 23)",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<ClockPause> pause(@PathVariable String caseNumber, @Valid @RequestBody PauseRequest body) {
        ClockPause pause = actions.pause(caseNumber, body.kind(), body.reason());
        return ResponseEntity.created(URI.create("/api/complaints/" + caseNumber + "/clock-pauses/" + pause.id()))
                .body(pause);
    }

    @PostMapping(path = "/clock-pauses/current/end")
    @Operation(summary = "End the running pause; the deadline moves by the paused time",
            security = @SecurityRequirement(name = "basic"))
    ClockPause resume(@PathVariable String caseNumber) {
        return actions.resume(caseNumber);
    }

    @PostMapping(path = "/extension-requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ask senior management for the further 30 days of Art. 18",
            security = @SecurityRequirement(name = "basic"))
    ResponseEntity<ComplaintExtension> requestExtension(@PathVariable String caseNumber,
                                                        @Valid @RequestBody ExtensionRequest body) {
        ComplaintExtension extension = actions.requestExtension(caseNumber, body.reason());
        return ResponseEntity.created(URI.create("/api/complaints/" + caseNumber + "/extension-requests/"
                + extension.id())).body(extension);
    }
}
