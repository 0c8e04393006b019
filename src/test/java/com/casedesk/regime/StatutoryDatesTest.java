package com.casedesk.regime;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

@UnitTest
class StatutoryDatesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final StatutoryPeriod REPLY = new StatutoryPeriod(15, PeriodUnit.CALENDAR_DAYS, "令2020年第3号 第十八条第一款", null);
    private static final StatutoryPeriod COMPLEX = new StatutoryPeriod(30, PeriodUnit.CALENDAR_DAYS, "令2020年第3号 第十八条第一款", null);
    private static final StatutoryPeriod EXTENSION = new StatutoryPeriod(30, PeriodUnit.CALENDAR_DAYS, "令2020年第3号 第十八条第一款", null);
    private static final StatutoryPeriod MAX_TOTAL = new StatutoryPeriod(60, PeriodUnit.CALENDAR_DAYS, "令2020年第3号 第十八条第一款", null);
    private static final StatutoryPeriod SUMMARY = new StatutoryPeriod(3, PeriodUnit.BUSINESS_DAYS, "FCA DISP 1.5", null);
    private static final StatutoryPeriod FINAL_RESPONSE = new StatutoryPeriod(8, PeriodUnit.WEEKS, "FCA DISP 1.6.2R", null);
    private static final StatutoryPeriod FEEDBACK = new StatutoryPeriod(3, PeriodUnit.MONTHS, "Directive (EU) 2019/1937 Art. 9(1)(f)", null);

    /** A UK calendar with the 2026 Easter bank holidays (Good Friday 3 April, Easter Monday 6 April). */
    private static final StatutoryDates.DayCounting UK_2026_EASTER = new StatutoryDates.DayCounting() {
        private final Set<LocalDate> bankHolidays = Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6));

        @Override
        public boolean isWorkingDay(LocalDate day) {
            return StatutoryDates.isWeekday(day);
        }

        @Override
        public boolean isBusinessDay(LocalDate day) {
            return StatutoryDates.isWeekday(day) && !bankHolidays.contains(day);
        }
    };

    // ---- CN-2020-3: 15 calendar days, the day of receipt not counted, to the close of the last day ----

    @Test
    void cnReplyIsDueAtTheCloseOfTheFifteenthCalendarDayAfterReceipt() {
        Instant receivedLate = at(2026, 3, 2, 23, 59, BEIJING);
        Instant receivedEarly = at(2026, 3, 2, 0, 0, BEIJING);

        Instant due = StatutoryDates.due(receivedLate, REPLY, BEIJING, StatutoryDates.DayCounting.WEEKDAYS);

        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 3, 17, 23, 59, 59, 0, BEIJING).toInstant());
        assertThat(StatutoryDates.due(receivedEarly, REPLY, BEIJING, StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(due);
        // received one second after midnight the next day: one day later
        assertThat(StatutoryDates.due(at(2026, 3, 3, 0, 0, BEIJING).plusSeconds(1), REPLY, BEIJING,
                StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(due.plusSeconds(86_400));
    }

    @Test
    void cnCalendarDaysIgnoreHolidaysAndWeekends() {
        // received on a Friday before 春节 2026: the 15th day is counted through the holiday (Art. 43)
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 2, 13), 15, PeriodUnit.CALENDAR_DAYS,
                StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void cnExtensionAddsThirtyDaysToAComplexCaseButNeverPassesTheMaximum() {
        assertThat(StatutoryDates.replyPeriod(REPLY, EXTENSION, MAX_TOTAL, false).amount()).isEqualTo(15);
        assertThat(StatutoryDates.replyPeriod(COMPLEX, EXTENSION, MAX_TOTAL, true).amount()).isEqualTo(60);
        // a table whose complex period was raised in error still stops at 60
        StatutoryPeriod tooLong = new StatutoryPeriod(45, PeriodUnit.CALENDAR_DAYS, "x", null);
        assertThat(StatutoryDates.replyPeriod(tooLong, EXTENSION, MAX_TOTAL, true).amount()).isEqualTo(60);
        StatutoryPeriod justUnder = new StatutoryPeriod(29, PeriodUnit.CALENDAR_DAYS, "x", null);
        assertThat(StatutoryDates.replyPeriod(justUnder, EXTENSION, MAX_TOTAL, true).amount()).isEqualTo(59);
    }

    // ---- UK-DISP: by close of the third business day after receipt; 8 weeks ----

    @Test
    void ukSummaryResolutionRunsToTheEndOfTheThirdBusinessDayAfterReceipt() {
        // received Monday 2026-03-02 at 17:30: Tuesday, Wednesday, Thursday → close of Thursday
        Instant due = StatutoryDates.due(at(2026, 3, 2, 17, 30, LONDON), SUMMARY, LONDON, UK_2026_EASTER);
        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 3, 5, 23, 59, 59, 0, LONDON).toInstant());
        // received on a Friday: Monday, Tuesday, Wednesday
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 3, 6), 3, PeriodUnit.BUSINESS_DAYS, UK_2026_EASTER))
                .isEqualTo(LocalDate.of(2026, 3, 11));
        // received on a Saturday: the weekend does not count either
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 3, 7), 3, PeriodUnit.BUSINESS_DAYS, UK_2026_EASTER))
                .isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void ukBankHolidaysAreNotBusinessDays() {
        // received Thursday 2 April 2026: Good Friday, the weekend and Easter Monday are skipped
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 4, 2), 3, PeriodUnit.BUSINESS_DAYS, UK_2026_EASTER))
                .isEqualTo(LocalDate.of(2026, 4, 9));
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 4, 2), 3, PeriodUnit.BUSINESS_DAYS,
                StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void ukFinalResponseIsDueAtTheEndOfEightWeeks() {
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 3, 2), FINAL_RESPONSE.amount(), FINAL_RESPONSE.unit(),
                UK_2026_EASTER)).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    // ---- EU-2019-1937: feedback within 3 months of the acknowledgement ----

    @Test
    void euFeedbackIsDueThreeMonthsFromTheAcknowledgement() {
        Instant acknowledged = at(2026, 3, 15, 10, 0, BEIJING);
        assertThat(StatutoryDates.due(acknowledged, FEEDBACK, BEIJING, StatutoryDates.DayCounting.WEEKDAYS))
                .isEqualTo(ZonedDateTime.of(2026, 6, 15, 23, 59, 59, 0, BEIJING).toInstant());
        // a month without the day ends on its last day
        assertThat(StatutoryDates.lastDay(LocalDate.of(2025, 11, 30), 3, PeriodUnit.MONTHS,
                StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void workingDaysAreCountedFromTheDayAfterTheStart() {
        // the start day, a working Monday, is not day 1
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 3, 2), 1, PeriodUnit.WORKING_DAYS,
                StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(StatutoryDates.lastDay(LocalDate.of(2026, 3, 2), 0, PeriodUnit.WORKING_DAYS,
                StatutoryDates.DayCounting.WEEKDAYS)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    private static Instant at(int y, int m, int d, int h, int min, ZoneId zone) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, zone).toInstant();
    }
}
