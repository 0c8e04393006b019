package com.casedesk.rectification;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification action as staff read it. */
public record RectificationView(
        long id,
        String caseNumber,
        String department,
        String owner,
        String description,
        LocalDate deadline,
        RectificationStatus status,
        Instant createdAt,
        String createdBy,
        Instant completedAt,
        String completedBy,
        String resultNote,
        int reminderCount,
        int escalationCount) {

    static RectificationView of(RectificationAction a) {
        return new RectificationView(a.getId(), a.getCaseNumber(), a.getDepartment(), a.getOwner(),
                a.getDescription(), a.getDeadline(), a.getStatus(), a.getCreatedAt(), a.getCreatedBy(),
                a.getCompletedAt(), a.getCompletedBy(), a.getResultNote(), a.getReminderCount(),
                a.getEscalationCount());
    }
}
