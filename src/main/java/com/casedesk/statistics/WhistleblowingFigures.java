package com.casedesk.statistics;

import java.util.Map;

/**
 * Whistleblowing figures of a period: counts only (docs/statistics.md). Stage times are medians in days:
 * receipt to the admissibility decision, admission to the committee's decision, decision to closure,
 * and receipt to closure.
 */
public record WhistleblowingFigures(
        long received,
        long anonymous,
        long admitted,
        long refused,
        Map<String, Long> refusedByReason,
        long decided,
        long substantiated,
        Map<String, Long> decisions,
        long closed,
        long openAtEnd,
        StageDays medianDays) {

    public record StageDays(Double assessment, Double investigation, Double closing, Double total) {
    }
}
