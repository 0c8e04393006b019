package com.casedesk.complaint.stuck;

import com.casedesk.complaint.ComplaintStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * When a complaint is stuck (停滞案件, 002 §5), on plain values: it is open, its clock is not paused, and
 * nothing has happened to it (receipt or any entry in its event log) for {@code stuckAfter} or longer.
 */
record StuckRule(Duration stuckAfter) {

    StuckRule {
        if (stuckAfter.isNegative() || stuckAfter.isZero()) {
            throw new IllegalArgumentException("casedesk.complaint.stuck-after must be positive: " + stuckAfter);
        }
    }

    /** Activity after this moment keeps a case off the list. */
    Instant cutoff(Instant now) {
        return now.minus(stuckAfter);
    }

    /** @param lastActivityAt the latest event of the case, or its receipt when it has none */
    boolean isStuck(ComplaintStatus status, boolean paused, Instant lastActivityAt, Instant now) {
        return status.isOpen() && !paused && !lastActivityAt.isAfter(cutoff(now));
    }

    /** For the form and the event log: P3D → "3天", PT12H → "12小时", PT90M → "90分钟". */
    String inWords() {
        if (stuckAfter.toDays() > 0 && stuckAfter.equals(Duration.ofDays(stuckAfter.toDays()))) {
            return stuckAfter.toDays() + "天";
        }
        if (stuckAfter.toHours() > 0 && stuckAfter.equals(Duration.ofHours(stuckAfter.toHours()))) {
            return stuckAfter.toHours() + "小时";
        }
        return Math.max(1, stuckAfter.toMinutes()) + "分钟";
    }
}
