package com.casedesk.whistleblowing;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The public contract of {@code POST /api/reports} (issue 4). Outside clients rely on these names; add
 * optional fields only. The cross-field rules (anonymous or not) are checked by the controller.
 */
@Schema(description = "A whistleblowing report (举报), real-name or anonymous")
public record ReportSubmission(
        @NotNull
        @Schema(description = "true: no reporter object; false: reporter with name and a phone or e-mail")
        Boolean anonymous,
        @Valid Reporter reporter,
        @Valid ReportedParty reportedParty,
        @NotBlank @Size(max = 10000) @Pattern(regexp = Text.MULTI_LINE, message = Text.MESSAGE)
        @Schema(description = "What happened (举报内容)")
        String description,
        @Schema(description = "When it happened; not in the future", example = "2026-10-01")
        LocalDate occurredAt,
        @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.MESSAGE)
        String location) {

    @Schema(description = "The reporter (举报人), only for a real-name report; encrypted at rest, never in the process")
    public record Reporter(
            @Size(max = 100) @Pattern(regexp = Text.SINGLE_LINE, message = Text.MESSAGE)
            String name,
            @Pattern(regexp = "(\\+?\\d[\\d -]{4,19})?", message = "must be a telephone number")
            String phone,
            @Email @Size(max = 254)
            String email) {

        @Override
        public String toString() {
            return "Reporter[redacted]";
        }
    }

    @Schema(description = "The person and/or unit reported (被举报人/单位)")
    public record ReportedParty(
            @Size(max = 100) @Pattern(regexp = Text.SINGLE_LINE, message = Text.MESSAGE)
            String name,
            @Size(max = 200) @Pattern(regexp = Text.SINGLE_LINE, message = Text.MESSAGE)
            String unit) {
    }

    /** Free text goes into the mailbox and tasks: control characters have no place there. */
    static final class Text {
        /** Anything but C0 controls other than tab, CR and LF, and DEL. */
        static final String MULTI_LINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
        static final String SINGLE_LINE = "[^\\x00-\\x1F\\x7F]*";
        static final String MESSAGE = "must not contain control characters";

        private Text() {
        }
    }
}
