package com.casedesk.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

@UnitTest
class CalendarDaysTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void fifteenDaysFromReceiptEndAtTheCloseOfTheFifteenthDay() {
        Instant received = ZonedDateTime.of(2026, 11, 23, 9, 30, 0, 0, SHANGHAI).toInstant();

        Instant due = CalendarDays.endOfPeriod(received, 15, SHANGHAI);

        assertThat(due).isEqualTo(ZonedDateTime.of(2026, 12, 8, 23, 59, 59, 0, SHANGHAI).toInstant());
    }

    @Test
    void theLocalDayCountsNotTheUtcDay() {
        // 00:30 on the 24th in Beijing is still the 23rd in UTC: the period starts from the local day
        Instant lateEvening = ZonedDateTime.of(2026, 11, 24, 0, 30, 0, 0, SHANGHAI).toInstant();

        Instant due = CalendarDays.endOfPeriod(lateEvening, 15, SHANGHAI);

        assertThat(due.atZone(SHANGHAI).toLocalDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 9));
    }

    @Test
    void holidaysDoNotExtendCalendarDayPeriods() {
        // Art. 43: every 日 is a calendar day; National Day week is counted like any other.
        Instant received = ZonedDateTime.of(2026, 9, 30, 10, 0, 0, 0, SHANGHAI).toInstant();

        assertThat(CalendarDays.endOfPeriod(received, 15, SHANGHAI).atZone(SHANGHAI).toLocalDate())
                .isEqualTo(java.time.LocalDate.of(2026, 10, 15));
    }

    @Test
    void rejectsNegativePeriods() {
        assertThatThrownBy(() -> CalendarDays.endOfPeriod(Instant.now(), -1, SHANGHAI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
