package com.casedesk.statistics;

import java.util.Map;

/**
 * Handling rounds in the period: each round's own satisfaction callback by outcome (when it was recorded,
 * whatever became of the case later), and the reopenings — after an unsatisfied callback, or after a
 * review (核查) set the decision aside. Every unsatisfied callback is followed by a reopening or by the
 * supervisor's closing, so {@code callbacks.UNSATISFIED} and {@code reopenedUnsatisfied} can be read side by side.
 */
public record RoundFigures(
        Map<String, Long> callbacks,
        long reopenings,
        long reopenedUnsatisfied,
        long reopenedAfterReview) {

    /** How a reopening after a review begins its event text (review.RehandlingAfterReview.REASON). */
    static final String AFTER_REVIEW = "核查撤销";

    /** A REOPENED event's text tells a review's reopening from an unsatisfied complainant's. */
    static boolean afterReview(String detail) {
        return detail != null && detail.startsWith(AFTER_REVIEW);
    }
}
