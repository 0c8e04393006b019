package com.casedesk.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Working days in mainland China (工作日历): Monday to Friday, except the official holidays, plus
 * the official make-up working days (调休上班), as loaded from {@code casedesk.calendar.location}.
 * Process models call it as {@code ${workingDays.addWorkingDays(receivedAt, 7)}}; see
 * docs/working-days.md.
 *
 * <p>A year the file does not hold is counted by weekends only, because a deadline must still be
 * set; but it is reported (a WARN once per year and the counter {@value #UNLOADED_YEAR_METRIC}),
 * since such a deadline may fall on a public holiday.
 */
@Component("workingDays")
public class WorkingDayCalendar {

    public static final String UNLOADED_YEAR_METRIC = "casedesk.calendar.unloaded.year";

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingCalendarFile calendar;
    private final ZoneId zone;
    private final MeterRegistry meters;
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    @Autowired
    public WorkingDayCalendar(WorkingCalendarProperties properties, ResourceLoader resources, MeterRegistry meters,
            @Value("${casedesk.complaint.zone:Asia/Shanghai}") String zone) {
        this(WorkingCalendarFile.read(resources.getResource(properties.location()), properties.location()),
                ZoneId.of(zone), meters);
        log.info("working-day calendar: years {} loaded from {}", loadedYears(), properties.location());
    }

    WorkingDayCalendar(WorkingCalendarFile calendar, ZoneId zone, MeterRegistry meters) {
        this.calendar = calendar;
        this.zone = zone;
        this.meters = meters;
    }

    public boolean isWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        reportUnloadedYears(day, day);
        return isWorking(day);
    }

    /**
     * The n-th working day counted from {@code start}: the start day is day 1 when it is a working
     * day, otherwise counting begins at the next working day.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 1) {
            throw new IllegalArgumentException("a period of working days is at least 1 day, not " + n);
        }
        LocalDate day = firstWorkingDayFrom(start);
        for (int counted = 1; counted < n; counted++) {
            day = firstWorkingDayFrom(day.plusDays(1));
        }
        reportUnloadedYears(start, day);
        return day;
    }

    /**
     * For process expressions, whose date variables are {@link Date}s: the end (23:59:59) of the
     * n-th working day, counted from the local day of {@code start} in {@code casedesk.complaint.zone}.
     */
    public Date addWorkingDays(Date start, int n) {
        Objects.requireNonNull(start, "start");
        LocalDate last = addWorkingDays(start.toInstant().atZone(zone).toLocalDate(), n);
        return Date.from(last.atTime(END_OF_DAY).atZone(zone).toInstant());
    }

    public int workingDaysBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        Objects.requireNonNull(fromInclusive, "fromInclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (toInclusive.isBefore(fromInclusive)) {
            throw new IllegalArgumentException(toInclusive + " is before " + fromInclusive);
        }
        reportUnloadedYears(fromInclusive, toInclusive);
        return (int) fromInclusive.datesUntil(toInclusive.plusDays(1)).filter(this::isWorking).count();
    }

    /** The day itself if it is a working day, otherwise the next working day. */
    public LocalDate nextWorkingDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        LocalDate next = firstWorkingDayFrom(day);
        reportUnloadedYears(day, next);
        return next;
    }

    public SortedSet<Integer> loadedYears() {
        return calendar.years();
    }

    private LocalDate firstWorkingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorking(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private boolean isWorking(LocalDate day) {
        if (calendar.isOffDay(day)) {
            return false;
        }
        return calendar.isMakeUpDay(day) || !WorkingCalendarFile.isWeekend(day);
    }

    /** Counted once per calculation, so the metric says how many answers may be wrong. */
    private void reportUnloadedYears(LocalDate first, LocalDate last) {
        for (int year = first.getYear(); year <= last.getYear(); year++) {
            if (calendar.years().contains(year)) {
                continue;
            }
            Counter.builder(UNLOADED_YEAR_METRIC)
                    .description("working-day calculations that reached a year the calendar file does not hold")
                    .tag("year", String.valueOf(year))
                    .register(meters)
                    .increment();
            if (warnedYears.add(year)) {
                log.warn("working-day calendar has no data for {}: counting weekends only; load the official "
                        + "国务院办公厅 notice (casedesk.calendar.location, see docs/working-days.md)", year);
            }
        }
    }
}
