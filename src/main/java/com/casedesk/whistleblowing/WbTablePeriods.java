package com.casedesk.whistleblowing;

import com.casedesk.regime.PeriodName;
import com.casedesk.regime.StatutoryPeriod;
import com.casedesk.whistleblowing.WbProperties.RegimeClocks;
import java.time.Period;
import java.util.Map;

/**
 * A report's clocks from the regime table version it was pinned to at intake, over configuration: CN-WB
 * gives the acceptance decision ({@code ACCEPTANCE}), the investigation ({@code INVESTIGATION}) and the
 * longest extension ({@code EXTENSION}); EU-2019-1937 the acknowledgement ({@code ACKNOWLEDGE}) and the
 * feedback ({@code FEEDBACK}). A period the table has no row for keeps its configured value (the CN
 * acknowledgement, the EU assessment), as does where each investigation counts from.
 */
record WbTablePeriods(RegimeClocks clocks, int maxExtensionDays) {

    static WbTablePeriods of(RegimeClocks configured, int configuredMaxExtensionDays, Map<PeriodName, StatutoryPeriod> rows) {
        Period acknowledge = period(rows.get(PeriodName.ACKNOWLEDGE), configured.acknowledgeWithin());
        Period assess = period(rows.get(PeriodName.ACCEPTANCE), configured.assessWithin());
        Period investigate = period(rows.containsKey(PeriodName.INVESTIGATION) ? rows.get(PeriodName.INVESTIGATION)
                : rows.get(PeriodName.FEEDBACK), configured.investigateWithin());
        StatutoryPeriod extension = rows.get(PeriodName.EXTENSION);
        int maxExtension = extension == null ? configuredMaxExtensionDays : calendarDays(extension);
        return new WbTablePeriods(new RegimeClocks(acknowledge, assess, investigate, configured.investigateFrom()), maxExtension);
    }

    private static int calendarDays(StatutoryPeriod row) {
        if (row.unit() != com.casedesk.regime.PeriodUnit.CALENDAR_DAYS) {
            throw new IllegalStateException("an extension is counted in calendar days, not " + row.unit());
        }
        return row.amount();
    }

    private static Period period(StatutoryPeriod row, Period configured) {
        if (row == null) {
            return configured;
        }
        return switch (row.unit()) {
            case CALENDAR_DAYS -> Period.ofDays(row.amount());
            case WEEKS -> Period.ofWeeks(row.amount());
            case MONTHS -> Period.ofMonths(row.amount());
            default -> throw new IllegalStateException("a whistleblowing period is counted in calendar days, weeks or "
                    + "months, not " + row.unit());
        };
    }
}
