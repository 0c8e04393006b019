package com.casedesk.statistics;

import com.casedesk.web.FieldProblem;
import com.casedesk.web.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a statistic covers: {@code from} to {@code to}, both included, in the institution's zone
 * ({@code casedesk.complaint.zone}). Instants run from the start of {@code from} to the start of the day
 * after {@code to}; {@code asOf} is the end, or now if the period has not ended yet: "open" and
 * "overdue" are counted at that moment.
 */
record Period(LocalDate from, LocalDate to, ZoneId zone, Instant asOf) {

    /** Longest period one request may cover: ten years of monthly figures. */
    static final int MAX_MONTHS = 120;

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    static Period of(LocalDate from, LocalDate to, ZoneId zone, Instant now) {
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return new Period(from, to, zone, now.isBefore(end) ? now : end);
    }

    static Period ofMonth(YearMonth month, ZoneId zone, Instant now) {
        return of(month.atDay(1), month.atEndOfMonth(), zone, now);
    }

    /**
     * The period a request names: {@code month=2026-10}, or {@code from=2026-10-01&to=2026-12-31}, or
     * (neither) the current month. Anything else is a 400 naming the parameter.
     */
    static Period parse(String month, String from, String to, ZoneId zone, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        Period period = null;
        if (month != null) {
            if (from != null || to != null) {
                problems.add(new FieldProblem("month", "give either month or from and to, not both"));
            } else {
                YearMonth m = parseMonth(month, problems);
                period = m == null ? null : ofMonth(m, zone, now);
            }
        } else if (from == null && to == null) {
            period = ofMonth(YearMonth.from(now.atZone(zone)), zone, now);
        } else {
            LocalDate f = parseDate("from", from, problems);
            LocalDate t = parseDate("to", to, problems);
            if (f != null && t != null) {
                if (t.isBefore(f)) {
                    problems.add(new FieldProblem("to", "must not be before from"));
                } else if (f.plusMonths(MAX_MONTHS).isBefore(t)) {
                    problems.add(new FieldProblem("to", "a period covers at most " + MAX_MONTHS + " months"));
                } else {
                    period = of(f, t, zone, now);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return period;
    }

    /** The calendar months the period touches, each cut to the period. */
    List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.withDayOfMonth(1).plusMonths(1)) {
            LocalDate last = day.withDayOfMonth(day.lengthOfMonth());
            LocalDate monthEnd = last.isAfter(to) ? to : last;
            Instant end = monthEnd.plusDays(1).atStartOfDay(zone).toInstant();
            months.add(new Period(day, monthEnd, zone, asOf.isBefore(end) ? asOf : end));
        }
        return months;
    }

    /** The days of the period, for daily series. */
    List<Period> days() {
        List<Period> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Instant end = day.plusDays(1).atStartOfDay(zone).toInstant();
            days.add(new Period(day, day, zone, asOf.isBefore(end) ? asOf : end));
        }
        return days;
    }

    private static YearMonth parseMonth(String value, List<FieldProblem> problems) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("month", "must be a month like 2026-10"));
            return null;
        }
    }

    private static LocalDate parseDate(String field, String value, List<FieldProblem> problems) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required with " + ("from".equals(field) ? "to" : "from")));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "must be a date like 2026-10-01"));
            return null;
        }
    }
}
