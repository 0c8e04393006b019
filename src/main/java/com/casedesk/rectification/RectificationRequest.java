package com.casedesk.rectification;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** Body of {@code POST /api/complaints/{caseNumber}/rectifications}; checked by {@link Rectifications#open}. */
@Schema(description = "A rectification action (整改措施) ordered for a case")
public record RectificationRequest(
        @Schema(description = "Responsible department (责任部门)", example = "dept-claims",
                allowableValues = {"dept-claims", "dept-underwriting", "dept-sales", "dept-operations"})
        String department,
        @Schema(description = "A member of the department who is assigned the action; absent: any member claims it",
                example = "claims")
        String owner,
        @Schema(description = "What is to be improved (整改内容), 1 to 2,000 characters",
                example = "修订理赔材料补正告知流程，补正材料齐全后5个工作日内完成审核")
        String description,
        @Schema(description = "Last day to complete it, in the institution's calendar; today or later",
                example = "2026-12-31")
        LocalDate deadline) {
}
