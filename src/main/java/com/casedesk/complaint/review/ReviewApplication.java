package com.casedesk.complaint.review;

import com.casedesk.web.TextRules;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * The body of {@code POST /api/complaints/{caseNumber}/review-requests}: a complainant's written
 * application for a 核查 review, registered by staff. Add optional fields only.
 */
@Schema(description = "A written application for a review (核查) of the decision (Art. 20)")
public record ReviewApplication(
        @NotBlank @Size(max = 2000) @Pattern(regexp = TextRules.NO_CONTROL_CHARACTERS, message = TextRules.MESSAGE)
        @Schema(description = "Why the complainant disagrees with the decision (申请核查的理由)", example = "认为赔偿金额计算有误")
        String reason,
        @Schema(description = "When the written application arrived; now when absent. Not in the future, not before"
                + " the decision notice. The review period runs from here.", example = "2026-12-01T10:00:00+08:00")
        OffsetDateTime receivedAt) {
}
