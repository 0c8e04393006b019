package com.casedesk.complaint.review;

import com.casedesk.complaint.ComplaintProperties;
import com.casedesk.deadline.CalendarDays;
import com.casedesk.regime.PeriodName;
import com.casedesk.regime.PeriodUnit;
import com.casedesk.regime.RegimePin;
import com.casedesk.regime.StatutoryPeriod;
import com.casedesk.regime.StatutoryRules;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The two periods of a 核查 review (Art. 20), counted like the reply deadline (Art. 43: calendar
 * days, the starting day not counted, ending at the close of the last day in local time). They come from
 * the regime table version the case was pinned to at intake (rows {@code REVIEW_WINDOW},
 * {@code REVIEW_DECISION}); a case received before the tables, or under a regime without 核查, has the
 * article's own figures.
 */
@Component
class ReviewDeadlines {

    /** The complainant applies in writing within 30 days of receiving the decision. */
    static final int APPLY_WITHIN_DAYS = 30;
    /** The reviewer decides and notifies within 30 days of the application. */
    static final int DECIDE_WITHIN_DAYS = 30;

    /** A case's two review periods in calendar days. */
    record Periods(int applyWithinDays, int decideWithinDays) {

        static final Periods ARTICLE_20 = new Periods(APPLY_WITHIN_DAYS, DECIDE_WITHIN_DAYS);

        /** From the pinned table's rows; a row the table lacks keeps the article's figure. */
        static Periods of(Optional<StatutoryPeriod> window, Optional<StatutoryPeriod> decision) {
            return new Periods(window.map(Periods::calendarDays).orElse(APPLY_WITHIN_DAYS),
                    decision.map(Periods::calendarDays).orElse(DECIDE_WITHIN_DAYS));
        }

        private static int calendarDays(StatutoryPeriod period) {
            if (period.unit() != PeriodUnit.CALENDAR_DAYS) {
                throw new IllegalStateException("a 核查 period is counted in calendar days (Art. 43), not " + period.unit());
            }
            return period.amount();
        }
    }

    private final ZoneId zone;
    private final RegimePin pins;
    private final StatutoryRules rules;

    @Autowired
    ReviewDeadlines(ComplaintProperties properties, RegimePin pins, StatutoryRules rules) {
        this.zone = properties.zone();
        this.pins = pins;
        this.rules = rules;
    }

    /** The article's figures only: for the unit tier, where no case is pinned. */
    ReviewDeadlines(ZoneId zone) {
        this.zone = zone;
        this.pins = null;
        this.rules = null;
    }

    /** The case's periods from its pinned table, or the article's for an unpinned case. */
    Periods periods(String caseNumber) {
        String table = pins == null || caseNumber == null ? null : pins.complaintTable(caseNumber);
        if (table == null) {
            return Periods.ARTICLE_20;
        }
        return Periods.of(rules.period(table, PeriodName.REVIEW_WINDOW), rules.period(table, PeriodName.REVIEW_DECISION));
    }

    /**
     * The last moment a written application may arrive: 30 days from the complainant *receiving* the
     * decision, i.e. from the decision notice's proof timestamp (delivered, else accepted by the channel).
     */
    Instant applyBy(Instant decisionNoticeProvedAt) {
        return applyBy(decisionNoticeProvedAt, Periods.ARTICLE_20);
    }

    Instant applyBy(Instant decisionNoticeProvedAt, Periods periods) {
        return CalendarDays.endOfPeriod(decisionNoticeProvedAt, periods.applyWithinDays(), zone);
    }

    Instant reviewDueBy(Instant requestedAt) {
        return reviewDueBy(requestedAt, Periods.ARTICLE_20);
    }

    Instant reviewDueBy(Instant requestedAt, Periods periods) {
        return CalendarDays.endOfPeriod(requestedAt, periods.decideWithinDays(), zone);
    }
}
