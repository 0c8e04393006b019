package com.casedesk.whatif;

import java.time.Instant;
import java.util.List;

/**
 * What became of one replayed complaint, read from the ledger of its run when the run ends.
 *
 * @param seq                  the arrival it came from ({@link Arrival#seq()}): the key across runs
 * @param rule                 the statutory period that applied in the end: {@code CN-15}, {@code CN-30} (complex),
 *                             {@code CN-60} (extended); {@link #WITHDRAWN} for a complaint withdrawn (Art. 15), which
 *                             counts in no rate
 * @param originalStatutoryDue the statutory date as set at intake (never moved)
 * @param statutoryDue         the statutory date in the end (complex, extended, paused, restarted)
 * @param noticeSentAt         when the decision notice was sent (proof of notice), null if never
 * @param onTime               notice sent by {@code statutoryDue}; null when the run ended before the date with
 *                             the case still undecided (censored: counted in no rate)
 * @param onTimeOriginal       the same against {@code originalStatutoryDue}
 * @param latenessHours        hours past {@code statutoryDue} when late (notice sent, or the run's end), else 0
 * @param extensionRequestedLate an extension was requested after the 15-day date had passed
 * @param deadlineOnNonWorkingDay the statutory date falls on a day the China calendar says is not a working day
 */
public record CaseOutcome(int seq, String caseNumber, Instant receivedAt, String channel, String category,
                          String businessLine, String amountBand, List<String> flags, int level, String department,
                          String regime, String rule, Instant originalStatutoryDue, Instant statutoryDue,
                          Instant decidedAt, Instant noticeSentAt, Instant closedAt, Boolean onTime,
                          Boolean onTimeOriginal, long latenessHours, int escalations, boolean extended,
                          boolean extensionRequestedLate, int pauses, int restarts, int rounds,
                          boolean deadlineOnNonWorkingDay) {

    public static final String WITHDRAWN = "WITHDRAWN";

    public CaseOutcome {
        flags = List.copyOf(flags);
    }
}
