package com.casedesk.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the working-day calendar is read from; documented in application.yaml under
 * {@code casedesk.calendar}. A Spring resource string, so an administrator can point it at a file
 * outside the jar ({@code file:/etc/casedesk/calendar.yaml}) and load next year's notice with a restart.
 */
@ConfigurationProperties("casedesk.calendar")
public record WorkingCalendarProperties(
        @DefaultValue(WorkingCalendarProperties.DEFAULT_LOCATION) String location) {

    public static final String DEFAULT_LOCATION = "classpath:calendar/cn-working-calendar.yaml";
}
