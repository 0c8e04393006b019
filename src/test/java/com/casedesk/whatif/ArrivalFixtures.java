package com.casedesk.whatif;

import com.casedesk.deadline.WorkingCalendarProperties;
import com.casedesk.deadline.WorkingDayCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.ZoneId;
import java.util.TreeSet;
import org.springframework.core.io.DefaultResourceLoader;

/** The shipped China calendar (2025 and 2026), as the arrivals' tests use it. */
final class ArrivalFixtures {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final WorkingDayCalendar SHIPPED = new WorkingDayCalendar(
            new WorkingCalendarProperties(WorkingCalendarProperties.DEFAULT_LOCATION), new DefaultResourceLoader(),
            new SimpleMeterRegistry(), "Asia/Shanghai");

    /** The shipped calendar as it is: 2026 is refused, since 2027 is not loaded. */
    static final ArrivalCalendar AS_SHIPPED = ArrivalCalendar.of(SHIPPED, SHANGHAI);

    /**
     * The shipped working days of 2026, with 2027 counted as loaded so that the guard lets 2026 through: generating
     * 2026 never asks for a day of 2027, and the 2026 notice is the one with the Spring Festival the brief names.
     */
    static final ArrivalCalendar YEAR_2026 = new ArrivalCalendar(SHIPPED::isWorkingDay,
            new TreeSet<>(java.util.List.of(2025, 2026, 2027)), SHANGHAI);

    private ArrivalFixtures() {
    }
}
