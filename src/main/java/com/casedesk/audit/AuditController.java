package com.casedesk.audit;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the compliance group (合规部): JSON pages, or the same query as CSV. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit 审计", description = "Who read personal data, exported, changed grade, owner, deadlines, users,"
        + " groups or authorizations (compliance only)")
class AuditController {

    static final int MAX_PAGE_SIZE = 500;
    /** An export larger than this must be narrowed with from/to. */
    static final int MAX_EXPORT_ROWS = 50_000;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.@-]{1,64}");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final AuditTrail trail;
    private final AuditLog log;
    private final Clock clock;

    AuditController(AuditTrail trail, AuditLog log, Clock clock) {
        this.trail = trail;
        this.log = log;
        this.clock = clock;
    }

    /** One page of the trail, newest first. */
    public record AuditPage(List<AuditEntry> items, int page, int size, long total) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Query the audit trail, newest first (group compliance only)",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "A page of entries and the total")
    @ApiResponse(responseCode = "400", description = "Invalid filter or paging, named in errors[]")
    @ApiResponse(responseCode = "403", description = "Not a member of compliance")
    AuditPage query(@Parameter(description = "ISO-8601 instant with offset, inclusive") @RequestParam(required = false) String from,
                    @Parameter(description = "ISO-8601 instant with offset, exclusive") @RequestParam(required = false) String to,
                    @RequestParam(required = false) String caseNumber,
                    @RequestParam(required = false) String actor,
                    @Parameter(description = "e.g. COMPLAINT_READ_FULL, REGRADED, IDENTITY_REVEALED, ADMIN_CREATE_USER")
                    @RequestParam(required = false) String action,
                    @RequestParam(defaultValue = "0") String page,
                    @RequestParam(defaultValue = "50") String size) {
        requireCompliance();
        List<FieldProblem> problems = new ArrayList<>();
        AuditQuery query = query(from, to, caseNumber, actor, action, problems);
        int pageNumber = number("page", page, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE, problems);
        int pageSize = number("size", size, 1, MAX_PAGE_SIZE, problems);
        throwIfAny(problems);
        return new AuditPage(trail.find(query, pageNumber * pageSize, pageSize), pageNumber, pageSize, trail.count(query));
    }

    @GetMapping(path = "/export", produces = "text/csv")
    @Operation(summary = "The same query as CSV (UTF-8 with BOM), newest first; the export is itself audited",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "200", description = "CSV: source,id,occurredAt,actor,action,caseNumber,detail,reason")
    @ApiResponse(responseCode = "400", description = "Invalid filter, or more than 50,000 rows: narrow from/to")
    @ApiResponse(responseCode = "403", description = "Not a member of compliance")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String caseNumber,
                                  @RequestParam(required = false) String actor,
                                  @RequestParam(required = false) String action) {
        requireCompliance();
        List<FieldProblem> problems = new ArrayList<>();
        AuditQuery query = query(from, to, caseNumber, actor, action, problems);
        throwIfAny(problems);
        long rows = trail.count(query);
        if (rows > MAX_EXPORT_ROWS) {
            throw new InvalidRequestException(List.of(new FieldProblem("from",
                    "the export would have " + rows + " rows, at most " + MAX_EXPORT_ROWS + ": narrow from/to")));
        }
        List<AuditEntry> entries = trail.find(query, 0, MAX_EXPORT_ROWS);
        log.record(AuditAction.EXPORTED, null, "audit log as CSV, " + entries.size() + " rows; " + query.describe(), null);
        String fileName = "audit-" + Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString().replace(":", "") + ".csv";
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(AuditCsv.of(entries));
    }

    private static void requireCompliance() {
        if (!CurrentUser.groups().contains(StaffGroups.COMPLIANCE)) {
            throw new ComplianceOnlyException();
        }
    }

    private static AuditQuery query(String from, String to, String caseNumber, String actor, String action,
                                    List<FieldProblem> problems) {
        Instant fromInstant = instant("from", from, problems);
        Instant toInstant = instant("to", to, problems);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            problems.add(new FieldProblem("to", "must be after from"));
        }
        return new AuditQuery(fromInstant, toInstant, name("caseNumber", caseNumber, problems),
                name("actor", actor, problems), name("action", action, problems));
    }

    private static Instant instant(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be an ISO-8601 date-time with offset, e.g. 2026-11-01T00:00:00Z"));
            return null;
        }
    }

    private static String name(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!NAME.matcher(value.strip()).matches()) {
            problems.add(new FieldProblem(field, "must be 1 to 64 of A-Z a-z 0-9 _ . @ -"));
            return null;
        }
        return value.strip();
    }

    private static int number(String field, String value, int min, int max, List<FieldProblem> problems) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "must be a whole number from " + min + " to " + max));
        return min;
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
