package com.casedesk.statistics;

/**
 * What moving the statutory date did to the on-time rate, over the complaints decided in the period:
 * decided by the current statutory date (the rate the regulator sees) and by the original one (at
 * intake, {@code original_statutory_due_by}), and how often those cases' clocks were moved: approved
 * statutory extensions, pauses, restarts by new facts. A current rate far above the original one with
 * many extensions, pauses or restarts is an inflated rate. Shares are fractions, null when nothing was decided.
 */
public record ClockFigures(
        long decided,
        long decidedWithinStatutory,
        long decidedWithinOriginalStatutory,
        Double withinStatutoryShare,
        Double withinOriginalStatutoryShare,
        long extensions,
        long pauses,
        long restarts) {

    static ClockFigures of(long decided, long withinCurrent, long withinOriginal, long extensions, long pauses,
                           long restarts) {
        return new ClockFigures(decided, withinCurrent, withinOriginal, ComplaintStatistics.share(withinCurrent, decided),
                ComplaintStatistics.share(withinOriginal, decided), extensions, pauses, restarts);
    }
}
