package com.casedesk.complaint.intake;

import com.casedesk.complaint.ComplaintSubmission;

import com.casedesk.complaint.Channel;
import com.casedesk.complaint.Complaint;
import com.casedesk.complaint.view.ComplaintLedger;
import com.casedesk.complaint.view.ComplaintView;
import com.casedesk.audit.AuditLog;
import com.casedesk.security.CurrentUser;
import com.casedesk.security.LoginRequiredException;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/complaints")
@Tag(name = "Complaints 投诉", description = "Intake and the complaint ledger (投诉台账)")
class ComplaintController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** Staff only: whether the submission was merged into an open case, and which. */
    static final String MERGED = "Complaint-Merged";
    static final String MERGED_INTO = "Complaint-Merged-Into";
    private static final Pattern KEY_FORMAT = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private final ComplaintIntake intake;
    private final ComplaintLedger ledger;
    private final RequestFingerprint fingerprint;
    private final Validator validator;
    private final AuditLog audit;
    private final IntakeProperties properties;
    private final Clock clock;

    ComplaintController(ComplaintIntake intake, ComplaintLedger ledger, RequestFingerprint fingerprint,
                        Validator validator, AuditLog audit, IntakeProperties properties, Clock clock) {
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.intake = intake;
        this.ledger = ledger;
        this.fingerprint = fingerprint;
        this.validator = validator;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a complaint",
            description = "Self-service channels ONLINE and APP need no login; every other channel is registered by"
                    + " a logged-in staff member. The ledger row and the process start in one transaction; the"
                    + " level is known when the answer is sent. The complainant needs a phone number, an e-mail"
                    + " address or a postal address (else 400 complainant.contact); a preferredChannel needs its contact"
                    + " (else 400 preferredChannel). Notices go by the preferred channel, else as the intake channel"
                    + " suggests (EMAIL by e-mail, LETTER by letter, others by SMS to a mobile number), else SMS,"
                    + " e-mail, letter, whichever contact exists.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "201", description = "Registered (or, for a repeated Idempotency-Key, the case it registered)."
            + " Every submission gets a case number of its own; a repeat of an open complaint of the same person"
            + " (same name and ID number, category and unit) is merged into it and answered alike to"
            + " unauthenticated callers. Staff get Complaint-Merged and Complaint-Merged-Into")
    @ApiResponse(responseCode = "400", description = "Invalid fields, named in errors[]")
    @ApiResponse(responseCode = "401", description = "A staff channel without login")
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused for a different complaint")
    ResponseEntity<IntakeReceipt> submit(
            @RequestBody ComplaintSubmission submission,
            @Parameter(description = "Client-chosen key (8–100 of A-Z a-z 0-9 . _ : -); a retry with the same key"
                    + " returns the same case and never creates a second one")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String staff = CurrentUser.get().orElse(null);
        if (submission.channel() != null && !submission.channel().isSelfService() && staff == null) {
            throw new LoginRequiredException("Channel " + submission.channel()
                    + " is registered by staff: log in. Complainants use ONLINE or APP.");
        }
        validate(submission, idempotencyKey);
        String hash = fingerprint.of(submission);
        ComplaintIntake.Registration registration;
        try {
            registration = intake.register(submission, idempotencyKey, hash, staff);
        } catch (RuntimeException e) {
            // Another request with the same key committed first; answer with its case.
            if (idempotencyKey == null || !hasCause(e, DataIntegrityViolationException.class)) {
                throw e;
            }
            registration = intake.replay(idempotencyKey, hash).orElseThrow(() -> e);
        }
        IntakeReceipt receipt = registration.receipt();
        var answer = ResponseEntity.created(URI.create("/api/complaints/" + receipt.caseNumber()))
                .header("Idempotent-Replayed", Boolean.toString(registration.replayed()));
        if (staff == null) {
            // the same status, headers and body for a merged and a fresh submission (issue 13 §5)
            return answer.body(receipt.forPublic());
        }
        if (registration.merged()) {
            answer.header(MERGED_INTO, registration.mergedInto());
        }
        return answer.header(MERGED, Boolean.toString(registration.merged())).body(receipt);
    }

    @GetMapping(path = "/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read a complaint's ledger record with its event log and notices (staff only)",
            description = "The complainant's ID number, phone, e-mail and postal address are shown in full to"
                    + " complaint-frontline and complaint-supervisor only, partly hidden to everyone else; the notices'"
                    + " recipients in full to compliance only. Every read is audited.",
            security = {@SecurityRequirement(name = "basic")})
    ComplaintView get(@PathVariable String caseNumber) {
        ComplaintLedger.Shown shown = ledger.readAs(caseNumber, CurrentUser.groups());
        // no read without a record: if the record cannot be written, the caller gets a 500, not the data
        audit.record(shown.action(), caseNumber, null, null);
        return shown.view();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private void validate(ComplaintSubmission submission, String idempotencyKey) {
        Set<ConstraintViolation<ComplaintSubmission>> violations = validator.validate(submission);
        List<FieldProblem> problems = new java.util.ArrayList<>(violations.stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList());
        problems.addAll(ReceiptDate.problems(submission.channel(), submission.receivedAt(),
                submission.receivedAtEvidence(), submission.receivedAtReason(), Instant.now(clock),
                properties.receivedAtMaxAge()));
        String unreachable = submission.preferredChannelProblem();
        if (unreachable != null) {
            problems.add(new FieldProblem("preferredChannel", unreachable));
        }
        if (idempotencyKey != null && !KEY_FORMAT.matcher(idempotencyKey).matches()) {
            problems.add(new FieldProblem(IDEMPOTENCY_KEY, "must be 8 to 100 characters of A-Z a-z 0-9 . _ : -"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
