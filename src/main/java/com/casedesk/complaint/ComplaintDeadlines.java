package com.casedesk.complaint;

import com.casedesk.deadline.CalendarDays;
import com.casedesk.deadline.WorkingDayCalendar;
import com.casedesk.regime.PeriodName;
import com.casedesk.regime.RegimePin;
import com.casedesk.regime.StatutoryPeriod;
import com.casedesk.regime.StatutoryRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The reply deadline of a complaint, from the clock fields on the ledger row:
 * <ul>
 *   <li>statutory (Art. 18): 15 calendar days from the clock's start, 30 when complex, a further 30
 *       when extended, never more than 60; moved by paused time (Art. 18 ¶2, 23);</li>
 *   <li>company target: the level's working days (decision table {@code complaint-level-policy}),
 *       moved by paused time too;</li>
 *   <li>reply due = the earlier of the two: a target never pushes past the statute; once senior
 *       management has approved the statutory extension, the extended statutory date (the approval
 *       says the case needs that time, and the complainant is told that date).</li>
 * </ul>
 * The statutory days come from the regime table version the case was pinned to at intake
 * ({@link RegimePin}); a case received before the tables has no pin and keeps configuration.
 */
@Component
public class ComplaintDeadlines {

    record Deadlines(Instant statutory, Instant target, Instant reply) {
    }

    /**
     * The statutory reply periods in calendar days (Art. 18 ¶1): a simple case, a complex one, what an
     * extension adds, and the longest in all.
     */
    /**
     * @param article what a refused extension names: the governing row's article, or Art. 18 where the periods
     *                come from configuration
     */
    public record ReplyPeriods(int reply, int complex, int extension, int max, String article) {

        /** Art. 18 of 令2020年第3号, the article configuration's periods follow. */
        public static final String CONFIGURED_ARTICLE = "令2020年第3号 Art. 18";

        public ReplyPeriods(int reply, int complex, int extension, int max) {
            this(reply, complex, extension, max, CONFIGURED_ARTICLE);
        }

        public int days(boolean complexCase, boolean extended) {
            int days = complexCase ? complex : reply;
            if (extended) {
                days += extension;
            }
            return Math.min(days, max);
        }

        static ReplyPeriods of(ComplaintProperties p) {
            return new ReplyPeriods(p.replyWithinDays(), p.complexReplyWithinDays(), p.extensionDays(),
                    p.maxReplyWithinDays());
        }

        /**
         * From a regime table's rows: CN-2020-3 names all four; a regime without them (UK-DISP) has one final
         * response period, which knows no complexity and no extension.
         */
        public static ReplyPeriods of(Map<PeriodName, StatutoryPeriod> rows) {
            StatutoryPeriod reply = rows.get(PeriodName.REPLY);
            if (reply == null) {
                StatutoryPeriod last = rows.get(PeriodName.FINAL_RESPONSE);
                if (last == null) {
                    throw new IllegalStateException("the table has neither a REPLY nor a FINAL_RESPONSE row");
                }
                int days = calendarDays(last);
                return new ReplyPeriods(days, days, 0, days, last.article());
            }
            int complex = calendarDays(require(rows, PeriodName.REPLY_COMPLEX));
            StatutoryPeriod extension = require(rows, PeriodName.EXTENSION);
            return new ReplyPeriods(calendarDays(reply), complex, calendarDays(extension),
                    calendarDays(require(rows, PeriodName.MAX_TOTAL)), extension.article());
        }

        private static StatutoryPeriod require(Map<PeriodName, StatutoryPeriod> rows, PeriodName name) {
            StatutoryPeriod row = rows.get(name);
            if (row == null) {
                throw new IllegalStateException("the table has a REPLY row but none for " + name);
            }
            return row;
        }

        private static int calendarDays(StatutoryPeriod period) {
            return switch (period.unit()) {
                case CALENDAR_DAYS -> period.amount();
                case WEEKS -> period.amount() * 7;
                default -> throw new IllegalStateException("a reply period is counted in calendar days or weeks, not "
                        + period.unit());
            };
        }
    }

    private final ComplaintProperties properties;
    private final WorkingDayCalendar workingDays;
    private final RegimePin pins;
    private final StatutoryRules rules;

    /** Configuration only: for the unit tier, where no case is pinned. */
    ComplaintDeadlines(ComplaintProperties properties, WorkingDayCalendar workingDays) {
        this(properties, workingDays, null, null);
    }

    @Autowired
    ComplaintDeadlines(ComplaintProperties properties, WorkingDayCalendar workingDays, RegimePin pins,
                       StatutoryRules rules) {
        this.properties = properties;
        this.workingDays = workingDays;
        this.pins = pins;
        this.rules = rules;
    }

    /** @param targetWorkingDays the level's company target, or null before the case is graded */
    public Deadlines compute(Complaint c, Integer targetWorkingDays) {
        Duration paused = Duration.ofSeconds(c.getPausedSeconds());
        Instant statutory = CalendarDays.endOfPeriod(c.getClockStartedAt(), statutoryDays(c), properties.zone())
                .plus(paused);
        Instant target = null;
        if (targetWorkingDays != null) {
            var startDay = c.getClockStartedAt().atZone(properties.zone()).toLocalDate();
            target = workingDays.addWorkingDays(startDay, targetWorkingDays)
                    .atTime(LocalTime.of(23, 59, 59)).atZone(properties.zone()).toInstant().plus(paused);
        }
        Instant reply = target == null || c.isExtended() || statutory.isBefore(target) ? statutory : target;
        return new Deadlines(statutory, target, reply);
    }

    public int statutoryDays(Complaint c) {
        return periods(c).days(c.isComplexCase(), c.isExtended());
    }

    /** The case's pinned table's periods, or configuration for a case received before the tables. */
    public ReplyPeriods periods(Complaint c) {
        String table = pins == null || c.getCaseNumber() == null ? null : pins.complaintTable(c.getCaseNumber());
        return table == null ? ReplyPeriods.of(properties) : ReplyPeriods.of(rules.periods(table));
    }
}
