package com.casedesk.complaint.review;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.deadline.CalendarDays;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The two periods of a 核查 review (Art. 20), counted like the reply deadline (Art. 43: calendar
 * days, the starting day not counted, ending at the close of the last day in local time). Both are
 * fixed by the rule itself, so they are constants rather than configuration.
 */
@Component
class ReviewDeadlines {

    /** The complainant applies in writing within 30 days of receiving the decision. */
    static final int APPLY_WITHIN_DAYS = 30;
    /** The reviewer decides and notifies within 30 days of the application. */
    static final int DECIDE_WITHIN_DAYS = 30;

    private final ZoneId zone;

    @Autowired
    ReviewDeadlines(ComplaintProperties properties) {
        this(properties.zone());
    }

    ReviewDeadlines(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The last moment a written application may arrive: 30 days from the complainant *receiving* the
     * decision, i.e. from the decision notice's proof timestamp (delivered, else accepted by the channel).
     */
    Instant applyBy(Instant decisionNoticeProvedAt) {
        return CalendarDays.endOfPeriod(decisionNoticeProvedAt, APPLY_WITHIN_DAYS, zone);
    }

    Instant reviewDueBy(Instant requestedAt) {
        return CalendarDays.endOfPeriod(requestedAt, DECIDE_WITHIN_DAYS, zone);
    }
}
