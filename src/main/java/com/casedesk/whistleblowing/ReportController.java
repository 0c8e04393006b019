package com.casedesk.whistleblowing;

import com.casedesk.casefile.CaseDocument;
import com.casedesk.deadline.ServiceZone;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Whistleblowing intake and the reporter's mailbox (public, no login) and the custodian's identity
 * reveal and evidence (staff, behind {@link ReportAccessInterceptor}). Nothing here logs a request or
 * reads the user agent; the mailbox hands the client's address to the rate limit only, which keeps a
 * keyed hash of it in memory ({@link MailboxThrottle}).
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Reports 举报", description = "Confidential whistleblowing intake, the reporter's mailbox, identity reveal")
class ReportController {

    static final String RECEIPT_CODE = "X-Receipt-Code";

    private final ReportIntake intake;
    private final ReporterMailbox mailbox;
    private final IdentityReveals reveals;
    private final Validator validator;
    private final Clock clock;
    private final ServiceZone zone;
    private final ReportEvidence evidence;

    ReportController(ReportIntake intake, ReporterMailbox mailbox, IdentityReveals reveals, Validator validator,
                     Clock clock, ServiceZone zone, ReportEvidence evidence) {
        this.evidence = evidence;
        this.intake = intake;
        this.mailbox = mailbox;
        this.reveals = reveals;
        this.validator = validator;
        this.clock = clock;
        this.zone = zone;
    }

    record MessageRequest(
            @NotBlank @Size(max = ReporterMailbox.MAX_BODY)
            @Pattern(regexp = ReportSubmission.Text.MULTI_LINE, message = ReportSubmission.Text.MESSAGE)
            String body) {
    }

    record RevealRequest(
            @NotBlank @Size(max = 1000)
            @Pattern(regexp = ReportSubmission.Text.MULTI_LINE, message = ReportSubmission.Text.MESSAGE)
            String reason,
            @NotBlank @Size(max = 1000)
            @Pattern(regexp = ReportSubmission.Text.MULTI_LINE, message = ReportSubmission.Text.MESSAGE)
            @Schema(description = "The legal basis of the reveal, e.g. the article and"
                    + " the authority's request: 《监察法》第十八条，协查函 2026-17 号")
            String legalBasis) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit a whistleblowing report (no login)",
            description = "Real-name or anonymous. The answer carries the receipt code, shown only this once: it is"
                    + " the reporter's only key to the mailbox.")
    @ApiResponse(responseCode = "201", description = "Registered")
    @ApiResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    ResponseEntity<ReportReceipt> submit(@RequestBody ReportSubmission submission) {
        validate(submission);
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(intake.register(submission));
    }

    @GetMapping(path = "/mailbox", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read the report's status and messages with the receipt code (no login)")
    @ApiResponse(responseCode = "401", description = "Missing, malformed or wrong receipt code (one answer for all)")
    @ApiResponse(responseCode = "429", description = "Too many wrong codes from this source or in total; see Retry-After")
    ResponseEntity<ReporterMailbox.View> read(
            @Parameter(description = "The receipt code, with or without spaces")
            @RequestHeader(name = RECEIPT_CODE, required = false) String receiptCode, HttpServletRequest request) {
        ReporterMailbox.Opened report = mailbox.open(receiptCode, request.getRemoteAddr());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mailbox.read(report));
    }

    @PostMapping(path = "/mailbox/messages", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write to the investigators with the receipt code (no login)")
    @ApiResponse(responseCode = "201", description = "Posted")
    @ApiResponse(responseCode = "400", description = "Invalid body (checked after the receipt code)")
    @ApiResponse(responseCode = "401", description = "Missing, malformed or wrong receipt code (one answer for all)")
    @ApiResponse(responseCode = "429", description = "Too many wrong codes from this source or in total; see Retry-After")
    ResponseEntity<ReporterMailbox.Message> post(
            @RequestHeader(name = RECEIPT_CODE, required = false) String receiptCode,
            @RequestBody MessageRequest message, HttpServletRequest request) {
        ReporterMailbox.Opened report = mailbox.open(receiptCode, request.getRemoteAddr());
        throwIfInvalid(problems(message));
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(mailbox.postFromReporter(report, message.body()));
    }

    @PostMapping(path = "/mailbox/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add evidence with the receipt code (no login): PDF, JPEG, PNG, MP3, WAV or MP4, by content")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "400", description = "Empty, too large or not an accepted type (checked after the code)")
    @ApiResponse(responseCode = "401", description = "Missing, malformed or wrong receipt code (one answer for all)")
    @ApiResponse(responseCode = "429", description = "Too many wrong codes from this source or in total; see Retry-After")
    ResponseEntity<ReportEvidence.Added> addEvidence(
            @RequestHeader(name = RECEIPT_CODE, required = false) String receiptCode,
            @org.springframework.web.bind.annotation.RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            @org.springframework.web.bind.annotation.RequestParam(name = "description", required = false) String description,
            HttpServletRequest request)
            throws java.io.IOException {
        ReporterMailbox.Opened report = mailbox.open(receiptCode, request.getRemoteAddr());
        return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                .body(evidence.fromReporter(report, file.getOriginalFilename(), file.getBytes(), description));
    }

    @GetMapping(path = "/{reportNumber}/documents", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report's evidence (whistleblowing staff not involved in the report; 404 for everyone else)",
            security = {@SecurityRequirement(name = "basic")})
    ResponseEntity<List<CaseDocument>> documents(@PathVariable String reportNumber) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(evidence.forStaff(reportNumber));
    }

    @GetMapping(path = "/{reportNumber}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report's mailbox as the reporter sees it: status and messages (whistleblowing staff"
            + " not involved in the report; 404 for everyone else)", security = {@SecurityRequirement(name = "basic")})
    ResponseEntity<ReporterMailbox.View> messages(@PathVariable String reportNumber) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(mailbox.forStaff(reportNumber));
    }

    @GetMapping(path = "/{reportNumber}/documents/{id}")
    @Operation(summary = "Download one evidence file (as the list; audited)",
            description = "Always an attachment, never rendered in the browser. Every download is recorded"
                    + " (DOCUMENT_DOWNLOADED: report, document id, type, hash; never the file name).",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "The file; an audit record was written")
    @ApiResponse(responseCode = "404", description = "No such report or document, or not for this caller")
    ResponseEntity<byte[]> download(@PathVariable String reportNumber, @PathVariable long id) {
        ReportEvidence.Download download = evidence.download(reportNumber, id);
        CaseDocument document = download.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, AttachmentName.of(document.fileName(), id))
                // the browser must take the type we checked at upload, never sniff one (a polyglot PDF/HTML)
                .header("X-Content-Type-Options", "nosniff")
                .body(download.content());
    }

    @PostMapping(path = "/{reportNumber}/identity-reveals", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reveal a real-name reporter's identity (custodian only, audited)",
            description = "Only members of whistleblowing-custodian; everyone else gets 404 whether or not the"
                    + " report exists. Every reveal is recorded with the custodian, the reason and the legal basis (both"
                    + " required).",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "200", description = "The identity; a reveal record was written")
    @ApiResponse(responseCode = "404", description = "Not a custodian, or no such report")
    @ApiResponse(responseCode = "409", description = "Anonymous report: no identity stored")
    @ApiResponse(responseCode = "410", description = "The report's identity key was destroyed (retention)")
    ResponseEntity<IdentityReveals.Revealed> reveal(@PathVariable String reportNumber,
                                                    @RequestBody RevealRequest request) {
        String custodian = CurrentUser.get().orElse(null);
        if (custodian == null || !CurrentUser.groups().contains(StaffGroups.WB_CUSTODIAN)) {
            throw new ReportNotFoundException();
        }
        throwIfInvalid(problems(request));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(reveals.reveal(reportNumber, request.reason().strip(), request.legalBasis().strip(), custodian));
    }

    private void validate(ReportSubmission s) {
        List<FieldProblem> problems = problems(s);
        if (Boolean.TRUE.equals(s.anonymous()) && s.reporter() != null) {
            problems.add(new FieldProblem("reporter", "must be omitted or null in an anonymous report"));
        }
        if (Boolean.FALSE.equals(s.anonymous())) {
            var reporter = s.reporter();
            if (reporter == null || blank(reporter.name())) {
                problems.add(new FieldProblem("reporter.name", "is required in a real-name report"));
            }
            if (reporter == null || (blank(reporter.phone()) && blank(reporter.email()))) {
                problems.add(new FieldProblem("reporter.phone",
                        "a phone number or an e-mail address is required in a real-name report"));
            }
        }
        if (s.occurredAt() != null && s.occurredAt().isAfter(LocalDate.now(clock.withZone(zone.zone())))) {
            problems.add(new FieldProblem("occurredAt", "must not be in the future"));
        }
        throwIfInvalid(problems);
    }

    private <T> List<FieldProblem> problems(T body) {
        if (body == null) {
            return new ArrayList<>(List.of(new FieldProblem(null, "the body is missing")));
        }
        return new ArrayList<>(validator.validate(body).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
    }

    private static void throwIfInvalid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparing(p -> p.field() == null ? "" : p.field()));
            throw new InvalidRequestException(problems);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
