package com.casedesk.notification.letter;

import com.casedesk.audit.AuditAction;
import com.casedesk.audit.AuditLog;
import com.casedesk.notification.CaseRecusals;
import com.casedesk.notification.letter.LetterReads.LetterPdfFile;
import com.casedesk.notification.letter.LetterReads.LetterRow;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.StaffGroups;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Letters (书面告知) for the people who post them: the front line, and the department heads who
 * supervise it (and administrators). A letter carries the complainant's address and the decision's
 * text, so nobody barred from the case (回避) reads it: for them it does not exist.
 */
@RestController
@RequestMapping("/api/notices/letters")
@Tag(name = "Notices 告知", description = "Letters: print, post, proof")
class LetterController {

    static final Set<String> MAY_POST = Set.of(StaffGroups.FRONTLINE, StaffGroups.SUPERVISOR, StaffGroups.ADMIN);

    private final LetterReads letters;
    private final LetterPostings postings;
    private final List<CaseRecusals> recusals;
    private final AuditLog audit;

    LetterController(LetterReads letters, LetterPostings postings, List<CaseRecusals> recusals, AuditLog audit) {
        this.letters = letters;
        this.postings = postings;
        this.recusals = recusals;
        this.audit = audit;
    }

    record Returned(String reason) {
    }

    record LetterState(long outboxId, String caseNumber, Instant proofAt, Instant failedAt, String failureCode) {
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Letters waiting to be posted (posted=false, the default) or posted",
            description = "Oldest first, at most 500; the recipient is masked (the full address is on the PDF).",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a group that posts letters")
    List<LetterRow> list(@RequestParam(defaultValue = "false") boolean posted) {
        String user = allowed();
        return letters.list(posted).stream().filter(l -> !barred(l.caseNumber(), user)).toList();
    }

    @GetMapping(value = "/{outboxId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A letter's PDF, to print and post (audited)", security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "403", description = "Not a group that posts letters")
    @ApiResponse(responseCode = "404", description = "No such letter, its PDF erased, or the caller is recused from the case")
    ResponseEntity<byte[]> pdf(@PathVariable long outboxId) {
        String user = allowed();
        LetterPdfFile file = letters.pdf(outboxId).filter(f -> !barred(f.caseNumber(), user))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such letter"));
        audit.record(AuditAction.DOCUMENT_DOWNLOADED, file.caseNumber(), "letter " + outboxId + " (PDF)", null);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.caseNumber() + "-letter-" + outboxId + ".pdf").build().toString())
                .body(file.pdf());
    }

    @PostMapping(value = "/{outboxId}/returned", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The post office returned a posted letter: its proof is gone",
            description = "Recorded as the notice's failure (RETURNED:reason); the case's owner sends it by the next"
                    + " channel.", security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "400", description = "reason missing or longer than 80 characters")
    @ApiResponse(responseCode = "403", description = "Not a group that posts letters")
    @ApiResponse(responseCode = "404", description = "No such letter, or the caller is recused from the case")
    @ApiResponse(responseCode = "409", description = "The letter has not been posted")
    LetterState returned(@PathVariable long outboxId, @RequestBody Returned returned) {
        String user = allowed();
        if (letters.caseOf(outboxId).filter(c -> !barred(c, user)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such letter");
        }
        String reason = returned == null || returned.reason() == null ? "" : returned.reason().strip();
        if (reason.isEmpty() || reason.length() > LetterPostings.MAX_REASON) {
            throw new InvalidRequestException(List.of(new FieldProblem("reason",
                    "must be given, at most " + LetterPostings.MAX_REASON + " characters")));
        }
        var failed = postings.returned(outboxId, reason);
        return new LetterState(failed.id(), failed.caseNumber(), failed.proofAt(), failed.failedAt(), failed.failureCode());
    }

    private String allowed() {
        String user = CurrentUser.get().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
        if (CurrentUser.groups().stream().noneMatch(MAY_POST::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Letters are posted by " + MAY_POST);
        }
        return user;
    }

    private boolean barred(String caseNumber, String user) {
        return recusals.stream().anyMatch(r -> r.isBarred(caseNumber, user));
    }
}
