package com.casedesk.regime;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The versions of the regime tables and their second-person approval (compliance only). */
@RestController
@RequestMapping(path = "/api/regimes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Regimes 法定期限表", description = "Versions of the statutory decision tables; a version a person deployed "
        + "takes effect for new cases once another member of compliance approves it")
class RegimeController {

    private final RegimeVersions versions;

    RegimeController(RegimeVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/{decisionKey}/versions")
    @Operation(summary = "Every version of a regime table, newest first, with its status", security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "The versions")
    @ApiResponse(responseCode = "403", description = "Not a member of compliance")
    @ApiResponse(responseCode = "404", description = "No such regime table")
    List<RegimeVersions.Version> versions(@PathVariable String decisionKey) {
        return versions.versions(regime(decisionKey));
    }

    @PostMapping("/{decisionKey}/versions/{version}/approval")
    @Operation(summary = "Approve a pending version (four-eyes: not by the person who deployed it); audited",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "Approved: new cases are pinned to it from now on")
    @ApiResponse(responseCode = "403", description = "Not a member of compliance, or the person who deployed it")
    @ApiResponse(responseCode = "404", description = "No such regime table or version")
    @ApiResponse(responseCode = "409", description = "Nothing to approve: approved already or shipped with the service")
    RegimeVersions.Version approve(@PathVariable String decisionKey, @PathVariable int version) {
        Regime regime = regime(decisionKey);
        return versions.approve(regime, version, CurrentUser.get().orElse(null), CurrentUser.groups());
    }

    /** Compliance first, so others learn nothing about which tables and versions exist. */
    private static Regime regime(String decisionKey) {
        if (!CurrentUser.groups().contains(StaffGroups.COMPLIANCE)) {
            throw ApprovalRefusedException.of(ApprovalRule.Refusal.NOT_COMPLIANCE,
                    new RegimeVersions.Version(null, decisionKey, 0, RegimeVersions.Status.PENDING, null, null, null));
        }
        return Regime.byDecisionKey(decisionKey).orElseThrow(() -> ApprovalRefusedException.unknownTable(decisionKey));
    }
}
