package com.casedesk.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import com.casedesk.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Periods of the statistics: parsing, Beijing-time bounds, the moment open cases are counted, months. */
@UnitTest
class PeriodTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-23T04:00:00Z");

    @Test
    void aMonthRunsFromMidnightToMidnightBeijingTimeAndAPastOneIsCountedAtItsEnd() {
        Period october = Period.parse("2026-10", null, null, SHANGHAI, NOW);

        assertThat(october.from()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.to()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(october.start()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
        assertThat(october.end()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(october.asOf()).isEqualTo(october.end());
    }

    @Test
    void withoutParametersItIsTheCurrentMonthSoFar() {
        Period current = Period.parse(null, null, null, SHANGHAI, NOW);

        assertThat(current.from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(current.to()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(current.asOf()).isEqualTo(NOW);
    }

    @Test
    void monthsAreCutToThePeriodAndTheRunningMonthEndsNow() {
        Period period = Period.parse(null, "2026-09-15", "2026-11-30", SHANGHAI, NOW);

        assertThat(period.months()).extracting(p -> p.from() + ".." + p.to() + "@" + p.asOf()).containsExactly(
                "2026-09-15..2026-09-30@2026-09-30T16:00:00Z",
                "2026-10-01..2026-10-31@2026-10-31T16:00:00Z",
                "2026-11-01..2026-11-30@" + NOW);
        assertThat(Period.parse(null, "2026-11-20", "2026-11-22", SHANGHAI, NOW).days()).extracting(Period::from)
                .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22));
    }

    @Test
    void aMalformedPeriodNamesItsParameter() {
        assertThatThrownBy(() -> Period.parse("2026-13", null, null, SHANGHAI, NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("month");
        assertThatThrownBy(() -> Period.parse(null, "2026-10-01", null, SHANGHAI, NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> Period.parse(null, "2016-01-01", "2026-10-01", SHANGHAI, NOW))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("to");
    }

    @Test
    void aCsvCellIsQuotedAndNeverAFormula() {
        assertThat(MonthlyLedger.csvCell("朝阳支行")).isEqualTo("朝阳支行");
        assertThat(MonthlyLedger.csvCell("a,b")).isEqualTo("\"a,b\"");
        assertThat(MonthlyLedger.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(MonthlyLedger.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(MonthlyLedger.csvCell("-1")).isEqualTo("'-1");
        assertThat(MonthlyLedger.csvCell(null)).isEmpty();
    }
}
