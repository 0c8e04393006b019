package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.WbProperties.CountFrom;
import com.casedesk.whistleblowing.WbProperties.Regime;
import com.casedesk.whistleblowing.WbProperties.RegimeClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** 保护回访: who is followed up after closure, and when. */
@UnitTest
class ProtectionTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RegimeClocks CLOCKS = new RegimeClocks(Period.ofDays(15), Period.ofDays(15), Period.ofDays(60),
            CountFrom.ACCEPTANCE);
    private static final WbClock CLOCK = new WbClock(new WbProperties(Regime.CN, SHANGHAI, CLOCKS, CLOCKS, 30,
            Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(10), Period.ofDays(180)), Clock.systemUTC());

    private static Date at(int y, int m, int d, int h, int min, int s) {
        return Date.from(ZonedDateTime.of(y, m, d, h, min, s, 0, SHANGHAI).toInstant());
    }

    @Test
    void anAnonymousReporterCannotBeAskedSoIsNotFollowedUp() {
        assertThat(Protection.followUpAt(CLOCK, true, at(2027, 1, 10, 15, 0, 0))).isEmpty();
    }

    @Test
    void aRealNameReporterIsFollowedUpAtTheEndOfThe180thDayAfterTheLocalDayOfClosure() {
        assertThat(Protection.followUpAt(CLOCK, false, at(2027, 1, 10, 0, 0, 0))).contains(at(2027, 7, 9, 23, 59, 59));
        assertThat(Protection.followUpAt(CLOCK, false, at(2027, 1, 10, 23, 59, 59))).contains(at(2027, 7, 9, 23, 59, 59));
        assertThat(Protection.followUpAt(CLOCK, false, at(2027, 1, 11, 0, 0, 0))).contains(at(2027, 7, 10, 23, 59, 59));
    }
}
