package com.casedesk.whistleblowing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.regime.PeriodName;
import com.casedesk.regime.PeriodUnit;
import com.casedesk.regime.StatutoryPeriod;
import com.casedesk.support.UnitTest;
import com.casedesk.whistleblowing.WbProperties.CountFrom;
import com.casedesk.whistleblowing.WbProperties.RegimeClocks;
import java.time.Period;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A report's periods from its pinned table's rows over configuration (举报办法; Directive 2019/1937 Art. 9). */
@UnitTest
class WbTablePeriodsTest {

    private static final RegimeClocks CN = new RegimeClocks(Period.ofDays(7), Period.ofDays(15), Period.ofDays(60),
            CountFrom.ACCEPTANCE);
    private static final RegimeClocks EU = new RegimeClocks(Period.ofDays(7), Period.ofDays(7), Period.ofMonths(3),
            CountFrom.ACKNOWLEDGEMENT);

    private static StatutoryPeriod row(int amount, PeriodUnit unit) {
        return new StatutoryPeriod(amount, unit, "article", null);
    }

    @Test
    void theShippedTablesGiveTheConfiguredClocks() {
        WbTablePeriods cn = WbTablePeriods.of(CN, 30, Map.of(PeriodName.ACCEPTANCE, row(15, PeriodUnit.CALENDAR_DAYS),
                PeriodName.INVESTIGATION, row(60, PeriodUnit.CALENDAR_DAYS), PeriodName.EXTENSION, row(30, PeriodUnit.CALENDAR_DAYS)));
        assertThat(cn).isEqualTo(new WbTablePeriods(CN, 30));
        WbTablePeriods eu = WbTablePeriods.of(EU, 30, Map.of(PeriodName.ACKNOWLEDGE, row(7, PeriodUnit.CALENDAR_DAYS),
                PeriodName.FEEDBACK, row(3, PeriodUnit.MONTHS)));
        assertThat(eu).isEqualTo(new WbTablePeriods(EU, 30));
    }

    @Test
    void aChangedRowChangesItsPeriodAndARowTheTableLacksKeepsConfiguration() {
        WbTablePeriods cn = WbTablePeriods.of(CN, 30, Map.of(PeriodName.ACCEPTANCE, row(10, PeriodUnit.CALENDAR_DAYS),
                PeriodName.INVESTIGATION, row(60, PeriodUnit.CALENDAR_DAYS), PeriodName.EXTENSION, row(20, PeriodUnit.CALENDAR_DAYS)));
        assertThat(cn.clocks().assessWithin()).isEqualTo(Period.ofDays(10));
        assertThat(cn.clocks().acknowledgeWithin()).isEqualTo(Period.ofDays(7));
        assertThat(cn.maxExtensionDays()).isEqualTo(20);
        WbTablePeriods eu = WbTablePeriods.of(EU, 30, Map.of(PeriodName.ACKNOWLEDGE, row(5, PeriodUnit.CALENDAR_DAYS),
                PeriodName.FEEDBACK, row(2, PeriodUnit.MONTHS)));
        assertThat(eu.clocks()).isEqualTo(new RegimeClocks(Period.ofDays(5), Period.ofDays(7), Period.ofMonths(2),
                CountFrom.ACKNOWLEDGEMENT));
        assertThat(WbTablePeriods.of(CN, 30, Map.of())).isEqualTo(new WbTablePeriods(CN, 30));
    }

    @Test
    void aPeriodInWorkingDaysIsRefused() {
        assertThatThrownBy(() -> WbTablePeriods.of(CN, 30, Map.of(PeriodName.ACCEPTANCE, row(15, PeriodUnit.WORKING_DAYS))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("WORKING_DAYS");
        assertThatThrownBy(() -> WbTablePeriods.of(CN, 30, Map.of(PeriodName.EXTENSION, row(1, PeriodUnit.MONTHS))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MONTHS");
    }
}
