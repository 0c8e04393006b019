package com.casedesk.regime;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A period applied to the instant that starts it, in the service's zone: the start day is not counted
 * (民法典 Art. 201; 令2020年第3号 Art. 43; DISP "after receipt") and the period ends at the close
 * (23:59:59) of its last day. Plain functions; which days are working or business days is passed in.
 */
public final class StatutoryDates {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** Which days count for {@link PeriodUnit#WORKING_DAYS} (China) and {@link PeriodUnit#BUSINESS_DAYS} (UK). */
    public interface DayCounting {

        boolean isWorkingDay(LocalDate day);

        boolean isBusinessDay(LocalDate day);

        /** Monday to Friday for both: for tests and for years no calendar holds. */
        DayCounting WEEKDAYS = new DayCounting() {
            @Override
            public boolean isWorkingDay(LocalDate day) {
                return isWeekday(day);
            }

            @Override
            public boolean isBusinessDay(LocalDate day) {
                return isWeekday(day);
            }
        };
    }

    private StatutoryDates() {
    }

    /** The close of the period's last day. */
    public static Instant due(Instant start, StatutoryPeriod period, ZoneId zone, DayCounting days) {
        return lastDay(start.atZone(zone).toLocalDate(), period.amount(), period.unit(), days)
                .atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    /** The last day of a period that starts on {@code startDay} (which itself is not counted). */
    public static LocalDate lastDay(LocalDate startDay, int amount, PeriodUnit unit, DayCounting days) {
        Objects.requireNonNull(startDay, "startDay");
        if (amount < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + amount);
        }
        return switch (unit) {
            case CALENDAR_DAYS -> startDay.plusDays(amount);
            case WEEKS -> startDay.plusWeeks(amount);
            // the same day-of-month n months on, or the month's last day when it has none (31 Jan + 1 → 28/29 Feb)
            case MONTHS -> startDay.plusMonths(amount);
            case WORKING_DAYS -> countDays(startDay, amount, days::isWorkingDay);
            case BUSINESS_DAYS -> countDays(startDay, amount, days::isBusinessDay);
        };
    }

    /**
     * A CN-2020-3 reply period: {@code REPLY} or {@code REPLY_COMPLEX}, plus {@code EXTENSION} when extended,
     * never beyond {@code MAX_TOTAL} (Art. 18 ¶1). All three are calendar days there; a table whose rows
     * differ in unit cannot be added up and is refused.
     */
    public static StatutoryPeriod replyPeriod(StatutoryPeriod base, StatutoryPeriod extension, StatutoryPeriod maxTotal,
                                              boolean extended) {
        if (!extended) {
            return base;
        }
        if (extension.unit() != base.unit() || maxTotal.unit() != base.unit()) {
            throw new IllegalStateException("reply, extension and maximum are counted in different units: "
                    + base.unit() + ", " + extension.unit() + ", " + maxTotal.unit());
        }
        int total = Math.min(base.amount() + extension.amount(), maxTotal.amount());
        return new StatutoryPeriod(total, base.unit(), base.article(), base.text());
    }

    private static LocalDate countDays(LocalDate startDay, int amount, Predicate<LocalDate> counts) {
        LocalDate day = startDay;
        for (int counted = 0; counted < amount; ) {
            day = day.plusDays(1);
            if (counts.test(day)) {
                counted++;
            }
        }
        return day;
    }

    static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
