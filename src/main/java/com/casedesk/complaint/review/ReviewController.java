package com.casedesk.complaint.review;

import com.casedesk.security.CurrentUser;
import com.casedesk.security.LoginRequiredException;
import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.Comparator;
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
@RequestMapping("/api/complaints/{caseNumber}/review-requests")
@Tag(name = "Reviews 核查", description = "Reviews of complaint decisions on the complainant's written application (Art. 20)")
class ReviewController {

    private final ReviewRequests reviews;
    private final Validator validator;

    ReviewController(ReviewRequests reviews, Validator validator) {
        this.reviews = reviews;
        this.validator = validator;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a complainant's written application for a review (staff only)",
            description = "Within 30 calendar days of the decision notice. Starts the review by the complaint-review"
                    + " group, due 30 calendar days after the application arrived.",
            security = {@SecurityRequirement(name = "basic")})
    @ApiResponse(responseCode = "201", description = "Registered; the review process has started")
    @ApiResponse(responseCode = "400", description = "Invalid fields (reason, receivedAt), named in errors[]")
    @ApiResponse(responseCode = "401", description = "No login")
    @ApiResponse(responseCode = "404", description = "No such complaint")
    @ApiResponse(responseCode = "409", description = "No decision notice yet, the 30-day period is over, or a review"
            + " of the case is still open")
    ResponseEntity<ReviewReceipt> request(@PathVariable String caseNumber, @RequestBody ReviewApplication application) {
        // the security chain already demands a login here; this only makes the actor explicit
        String staff = CurrentUser.get().orElseThrow(() -> new LoginRequiredException("Reviews are registered by staff."));
        validate(application);
        ReviewReceipt receipt = reviews.register(caseNumber, application.reason(),
                application.receivedAt() == null ? null : application.receivedAt().toInstant(), staff);
        return ResponseEntity.created(URI.create("/api/complaints/" + caseNumber + "/review-requests/" + receipt.reviewId()))
                .body(receipt);
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "List a complaint's reviews, oldest first (staff only)",
            security = {@SecurityRequirement(name = "basic")})
    List<ReviewView> list(@PathVariable String caseNumber) {
        return reviews.ofCase(caseNumber);
    }

    @GetMapping(path = "/{reviewId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Read one review (staff only)", security = {@SecurityRequirement(name = "basic")})
    ReviewView get(@PathVariable String caseNumber, @PathVariable long reviewId) {
        return reviews.get(caseNumber, reviewId);
    }

    private void validate(ReviewApplication application) {
        List<FieldProblem> problems = validator.validate(application).stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
