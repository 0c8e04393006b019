package com.casedesk.regime;

import static com.casedesk.regime.PeriodUnit.BUSINESS_DAYS;
import static com.casedesk.regime.PeriodUnit.CALENDAR_DAYS;
import static com.casedesk.regime.PeriodUnit.MONTHS;
import static com.casedesk.regime.PeriodUnit.WEEKS;

import java.util.List;
import java.util.Map;

/**
 * What the law itself says, which no table may go beyond: the tables are compliance's to change, the
 * limits are the articles'. A deadline of the institution may be shortened, never lengthened; a window
 * of the complainant may be widened, never narrowed; a figure the complainant must be told is exact.
 * The unit is the article's counting rule (Art. 43: calendar days) and cannot change.
 */
final class StatutoryLimits {

    enum Bound { AT_MOST, AT_LEAST, EXACTLY }

    record Limit(PeriodName period, Bound bound, int amount, PeriodUnit unit, String article) {

        boolean allows(int value) {
            return switch (bound) {
                case AT_MOST -> value <= amount;
                case AT_LEAST -> value >= amount;
                case EXACTLY -> value == amount;
            };
        }

        String describe() {
            String word = switch (bound) {
                case AT_MOST -> "最多 at most";
                case AT_LEAST -> "至少 at least";
                case EXACTLY -> "恰为 exactly";
            };
            return word + " " + amount + " " + unit;
        }
    }

    private static final String CN_18 = "令2020年第3号 第十八条第一款";
    private static final String CN_20 = "令2020年第3号 第二十条";
    private static final String CN_WB = "原银保监会令2019年第8号 (条号待核实)";

    private static final Map<Regime, List<Limit>> LIMITS = Map.of(
            Regime.CN_2020_3, List.of(
                    new Limit(PeriodName.REPLY, Bound.AT_MOST, 15, CALENDAR_DAYS, CN_18),
                    new Limit(PeriodName.REPLY_COMPLEX, Bound.AT_MOST, 30, CALENDAR_DAYS, CN_18),
                    new Limit(PeriodName.EXTENSION, Bound.AT_MOST, 30, CALENDAR_DAYS, CN_18),
                    new Limit(PeriodName.MAX_TOTAL, Bound.AT_MOST, 60, CALENDAR_DAYS, CN_18),
                    new Limit(PeriodName.REVIEW_WINDOW, Bound.AT_LEAST, 30, CALENDAR_DAYS, CN_20),
                    new Limit(PeriodName.REVIEW_DECISION, Bound.AT_MOST, 30, CALENDAR_DAYS, CN_20)),
            Regime.CN_WB, List.of(
                    new Limit(PeriodName.ACCEPTANCE, Bound.AT_MOST, 15, CALENDAR_DAYS, CN_WB),
                    new Limit(PeriodName.INVESTIGATION, Bound.AT_MOST, 60, CALENDAR_DAYS, CN_WB),
                    new Limit(PeriodName.EXTENSION, Bound.AT_MOST, 30, CALENDAR_DAYS, CN_WB)),
            Regime.EU_2019_1937, List.of(
                    new Limit(PeriodName.ACKNOWLEDGE, Bound.AT_MOST, 7, CALENDAR_DAYS, "Directive (EU) 2019/1937 Art. 9(1)(b)"),
                    new Limit(PeriodName.FEEDBACK, Bound.AT_MOST, 3, MONTHS, "Directive (EU) 2019/1937 Art. 9(1)(f)")),
            Regime.UK_DISP, List.of(
                    new Limit(PeriodName.SUMMARY_RESOLUTION, Bound.AT_MOST, 3, BUSINESS_DAYS, "FCA DISP 1.5"),
                    new Limit(PeriodName.FINAL_RESPONSE, Bound.AT_MOST, 8, WEEKS, "FCA DISP 1.6.2R"),
                    new Limit(PeriodName.PAYMENT_RESPONSE, Bound.AT_MOST, 15, BUSINESS_DAYS, "FCA DISP 1.6.2AR"),
                    new Limit(PeriodName.PAYMENT_RESPONSE_MAX, Bound.AT_MOST, 35, BUSINESS_DAYS, "FCA DISP 1.6.2AR"),
                    new Limit(PeriodName.OMBUDSMAN_REFERRAL, Bound.EXACTLY, 6, MONTHS, "FCA DISP 2.8.2R")));

    private StatutoryLimits() {
    }

    static List<Limit> of(Regime regime) {
        return LIMITS.get(regime);
    }
}
