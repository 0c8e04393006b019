package com.casedesk.whatif;

import java.time.Instant;
import java.util.List;

/**
 * One run: the stream, the people, the seed and the simulated span. Cases arrive within the year; the run goes
 * on after the last arrival until every case is done or {@code end}.
 */
record ReplaySpec(String label, long seed, int year, List<Arrival> arrivals, Staffing staffing, Instant start,
                  Instant end, boolean keepJobOrder) {
}
