package com.casedesk.statistics;

import java.math.BigDecimal;

/**
 * The figures of one period (or one group, or one month) of complaints; docs/statistics.md defines each.
 * Shares are fractions (0.8 = 80 %) of the cases decided in the period, null when none was decided;
 * handling days likewise null when none was decided.
 */
public record ComplaintFigures(
        long received,
        long closed,
        long withdrawn,
        long openAtEnd,
        long overdueOpen,
        long decided,
        long decidedWithinStatutory,
        long decidedWithinCompanyTarget,
        Double withinStatutoryShare,
        Double withinCompanyTargetShare,
        long decidedLate,
        Double handlingDaysMedian,
        Double handlingDaysP90,
        long escalatedCases,
        long escalations,
        long unsatisfiedRounds,
        long compensationCases,
        BigDecimal compensationAmount,
        long majorComplaints) {
}
