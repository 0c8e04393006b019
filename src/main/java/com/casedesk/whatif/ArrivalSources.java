package com.casedesk.whatif;

import com.casedesk.deadline.WorkingCalendarProperties;
import com.casedesk.deadline.WorkingDayCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;

/** The stream a command's options ask for: the generated profile (default) or the {@code --arrivals} CSV. */
final class ArrivalSources {

    private ArrivalSources() {
    }

    static List<Arrival> arrivals(WhatIfOptions options, ArrivalCalendar calendar) {
        return options.arrivals() == null
                ? Arrivals.generate(options.year(), options.cases(), options.seed(), ArrivalProfile.defaults(), calendar)
                : Arrivals.fromCsv(options.arrivals(), options.year(), options.seed(), calendar);
    }

    /**
     * The calendar as the runs will load it ({@code casedesk.calendar.location}, from the environment as Spring would
     * take it), for the parent command to refuse a year before any run starts.
     */
    static ArrivalCalendar calendar() {
        String location = System.getenv("CASEDESK_CALENDAR_LOCATION");
        WorkingDayCalendar calendar = new WorkingDayCalendar(new WorkingCalendarProperties(location == null || location.isBlank()
                ? WorkingCalendarProperties.DEFAULT_LOCATION : location), new DefaultResourceLoader(), new SimpleMeterRegistry(),
                WhatIfRun.ZONE.getId());
        return ArrivalCalendar.of(calendar, WhatIfRun.ZONE);
    }

    static String profileName(WhatIfOptions options) {
        return options.arrivals() == null ? ArrivalProfile.DEFAULT_RESOURCE : "CSV";
    }

    static String source(WhatIfOptions options, ArrivalCalendar calendar) {
        String source = options.arrivals() == null ? "generated per seed" : options.arrivals().getFileName().toString();
        return calendar.nextYearMissing(options.year()).map(m -> source + "; " + m).orElse(source);
    }
}
