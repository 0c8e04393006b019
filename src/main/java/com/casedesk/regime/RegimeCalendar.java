package com.casedesk.regime;

import com.casedesk.deadline.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days from the China working-day calendar; UK business days are Monday to Friday except the
 * bank holidays listed in {@code casedesk.regime.business-holidays} (none are shipped: an installation
 * under UK-DISP lists its bank holidays there).
 */
@Component
class RegimeCalendar implements StatutoryDates.DayCounting {

    private final WorkingDayCalendar workingDays;
    private final Set<LocalDate> businessHolidays;

    RegimeCalendar(WorkingDayCalendar workingDays,
                   @Value("${casedesk.regime.business-holidays:}") List<String> businessHolidays) {
        this.workingDays = workingDays;
        this.businessHolidays = businessHolidays.stream().map(String::strip).filter(d -> !d.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean isWorkingDay(LocalDate day) {
        return workingDays.isWorkingDay(day);
    }

    @Override
    public boolean isBusinessDay(LocalDate day) {
        return StatutoryDates.isWeekday(day) && !businessHolidays.contains(day);
    }
}
