package com.casedesk.migration;

import com.casedesk.migration.CaseMigrations.Caller;
import com.casedesk.migration.CaseMigrations.Plan;
import com.casedesk.migration.CaseMigrations.Progress;
import com.casedesk.migration.CaseMigrations.Step;
import com.casedesk.migration.CaseMigrations.Validation;
import com.casedesk.migration.CaseMigrations.Version;
import com.casedesk.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migration of running cases for scripts: the same as the Cockpit plugin 版本迁移. Owners of the process
 * only (403 otherwise); the engine's guard (process/MigrationGuard) judges every plan again.
 */
@RestController
@RequestMapping("/api/processes")
@Tag(name = "Migration 版本迁移", description = "Move running cases of a process you own to another version")
class MigrationController {

    /** Versions to move between and, optionally, the plan and the instances; without them: generated, all. */
    record MigrationRequest(Integer sourceVersion, Integer targetVersion, List<Step> instructions,
                            List<String> processInstanceIds) {
    }

    private final CaseMigrations migrations;

    MigrationController(CaseMigrations migrations) {
        this.migrations = migrations;
    }

    @GetMapping("/{key}/versions")
    @Operation(summary = "Versions of a process with their running instances (ids and active activities)")
    List<Version> versions(@PathVariable String key) {
        return migrations.versions(key, caller());
    }

    @PostMapping("/{key}/migrations/plan")
    @Operation(summary = "The generated plan: every activity to the activity of the same id")
    Plan plan(@PathVariable String key, @RequestBody MigrationRequest request) {
        return migrations.propose(key, required(request.sourceVersion(), "sourceVersion"),
                required(request.targetVersion(), "targetVersion"), caller());
    }

    @PostMapping("/{key}/migrations/validation")
    @Operation(summary = "Dry run: the plan's problems and, per instance, whether it can move and why not")
    Validation validate(@PathVariable String key, @RequestBody MigrationRequest request) {
        return migrations.validate(plan(key, request, true), request.processInstanceIds(), caller());
    }

    @PostMapping("/{key}/migrations")
    @Operation(summary = "Run the migration as a batch; answers the batch id")
    ResponseEntity<Map<String, Object>> execute(@PathVariable String key, @RequestBody MigrationRequest request) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(migrations.execute(plan(key, request, true), request.processInstanceIds(), caller()));
    }

    @GetMapping("/migrations/{batchId}")
    @Operation(summary = "Progress of a migration batch you started")
    Progress progress(@PathVariable String batchId) {
        return migrations.progress(batchId, caller());
    }

    private static Plan plan(String key, MigrationRequest request, boolean withInstructions) {
        return new Plan(key, required(request.sourceVersion(), "sourceVersion"),
                required(request.targetVersion(), "targetVersion"), withInstructions ? request.instructions() : null);
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw new com.casedesk.web.InvalidRequestException(List.of(new com.casedesk.web.FieldProblem(field,
                    "is required")));
        }
        return value;
    }

    private static Caller caller() {
        return new Caller(CurrentUser.get().orElse(null), CurrentUser.groups());
    }
}
