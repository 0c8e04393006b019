package com.casedesk.process;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.deadline.WorkingDayCalendar;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The working-day function stored Tasklist filters may use (ExpressionPolicy's query functions):
 * {@code ${workingDaysFromNow(2)}} is the end of the second working day after today, in the service's
 * zone and holiday calendar — the bound of the filter 即将到期. JUEL binds functions to static methods,
 * so the calendar is held here once the application context has made it.
 */
@Component
public class QueryCalendar {

    /** The function's name in an expression. */
    public static final String WORKING_DAYS_FROM_NOW = "workingDaysFromNow";
    /** A filter looks a few working days ahead; a larger count is refused rather than walked day by day. */
    static final int MAX_DAYS = 60;

    private static volatile WorkingDayCalendar calendar;
    private static volatile ZoneId zone;

    QueryCalendar(WorkingDayCalendar workingDays, ServiceZone serviceZone) {
        setUp(workingDays, serviceZone.zone());
    }

    private static void setUp(WorkingDayCalendar workingDays, ZoneId serviceZone) {
        calendar = workingDays;
        zone = serviceZone;
    }

    /** The end of the {@code days}-th working day after today (engine time); today does not count. */
    public static Date workingDaysFromNow(int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new ExpressionRefusedException();
        }
        WorkingDayCalendar workingDays = calendar;
        if (workingDays == null) {
            throw new IllegalStateException("the working-day calendar is not loaded yet");
        }
        LocalDate tomorrow = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate().plusDays(1);
        return workingDays.addWorkingDays(Date.from(tomorrow.atStartOfDay(zone).toInstant()), days);
    }

    static Method function() {
        try {
            return QueryCalendar.class.getMethod(WORKING_DAYS_FROM_NOW, int.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
