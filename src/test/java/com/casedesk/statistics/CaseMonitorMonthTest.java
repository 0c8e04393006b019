package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The dashboard's "this month" of statutory breaches is the Beijing calendar month, not the server's or UTC's. */
@UnitTest
class CaseMonitorMonthTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    // 2026-12-01 00:00 Beijing
    private static final Instant DECEMBER = Instant.parse("2026-11-30T16:00:00Z");

    @Test
    void theFirstSecondOfTheMonthInBeijingIsInTheNewMonthThoughUtcIsStillInTheOldOne() {
        assertThat(CaseMonitor.monthStart(DECEMBER, SHANGHAI)).isEqualTo(DECEMBER);
        assertThat(CaseMonitor.monthStart(Instant.parse("2026-11-30T16:30:00Z"), SHANGHAI)).isEqualTo(DECEMBER);
    }

    @Test
    void theLastSecondOfTheMonthInBeijingStillBelongsToIt() {
        assertThat(CaseMonitor.monthStart(DECEMBER.minusSeconds(1), SHANGHAI))
                .isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
    }

    @Test
    void theLastDayOfTheMonthCountsFromItsFirstDay() {
        assertThat(CaseMonitor.monthStart(Instant.parse("2026-12-31T15:59:59Z"), SHANGHAI)).isEqualTo(DECEMBER);
    }
}
