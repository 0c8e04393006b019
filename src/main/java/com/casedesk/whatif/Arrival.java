package com.casedesk.whatif;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * One complaint of the replayed stream: only the routing facts the models and decision tables read, never a
 * person. {@code seq} numbers the stream from 0 in arrival order; baseline and candidate get the same stream,
 * and a case is matched across them by {@code seq}, never by a generated id.
 *
 * @param amountBand the band of {@code claimedAmount} as the ledger CSV exports it (see {@link AmountBands})
 */
public record Arrival(int seq, Instant receivedAt, Channel channel, ComplaintCategory category,
                      BusinessLine businessLine, BigDecimal claimedAmount, Set<ComplaintFlag> flags,
                      int jointComplainants) {

    public Arrival {
        flags = Set.copyOf(flags);
    }

    public String amountBand() {
        return AmountBands.of(claimedAmount);
    }
}
