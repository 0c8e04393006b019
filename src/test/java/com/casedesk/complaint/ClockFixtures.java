package com.casedesk.complaint;

import com.casedesk.deadline.WorkingCalendarProperties;
import com.casedesk.deadline.WorkingDayCalendar;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * Plain-Java pieces of the complaint clocks for the unit tier (no Spring, no database): the shipped
 * configuration and working-day calendar, the reply-deadline rule, and ledger rows to apply it to.
 * In this package because {@link ComplaintDeadlines} is built by Spring everywhere else.
 */
public final class ClockFixtures {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final WorkingDayCalendar CALENDAR = new WorkingDayCalendar(
            new WorkingCalendarProperties(WorkingCalendarProperties.DEFAULT_LOCATION), new DefaultResourceLoader(),
            new SimpleMeterRegistry(), ZONE.getId());

    private ClockFixtures() {
    }

    /** As application.yaml ships them: 15 days, 30 when complex, 30 more when extended, 60 at most. */
    public static ComplaintProperties properties() {
        return properties(60);
    }

    public static ComplaintProperties properties(int maxReplyWithinDays) {
        return new ComplaintProperties(15, 30, 30, maxReplyWithinDays, ZONE);
    }

    /** As processes/complaint/complaint-periods.dmn ships them (2 h hand-over, 30 min forward, ...). */
    public static CompanyPeriods periods() {
        Map<CompanyPeriod, Duration> periods = new EnumMap<>(CompanyPeriod.class);
        periods.put(CompanyPeriod.HANDOVER, Duration.ofHours(2));
        periods.put(CompanyPeriod.FORWARD_TO_LEADERSHIP, Duration.ofMinutes(30));
        periods.put(CompanyPeriod.LEADERSHIP_MEETING, Duration.ofHours(4));
        periods.put(CompanyPeriod.PROGRESS_REPORT_EVERY, Duration.ofDays(1));
        periods.put(CompanyPeriod.PROGRESS_REPORT_WITHIN, Duration.ofHours(4));
        periods.put(CompanyPeriod.CALLBACK, Duration.ofDays(3));
        periods.put(CompanyPeriod.REMINDER_BEFORE, Duration.ofDays(3));
        periods.put(CompanyPeriod.ESCALATION_TASK, Duration.ofDays(1));
        return CompanyPeriods.fixed(new CompanyPeriods.Values("shipped", periods, new BigDecimal("10000"), 2));
    }

    /** The shipped calendar (the official 2025 and 2026 notices), read once from its yaml. */
    public static WorkingDayCalendar calendar() {
        return CALENDAR;
    }

    public static ComplaintDeadlines deadlines(ComplaintProperties properties) {
        return new ComplaintDeadlines(properties, calendar());
    }

    /** A complaint as registered at {@code receivedAt}: its clock starts there. */
    public static Complaint received(String caseNumber, Instant receivedAt) {
        ComplaintSubmission submission = new ComplaintSubmission(Channel.HOTLINE,
                new ComplaintSubmission.Complainant("张三", null, "13800000000", null), null, BusinessLine.DEPOSITS,
                ComplaintCategory.CLAIM_DISPUTE, "要求全额赔付", "理赔被拒", null, null, null);
        return Complaint.register(caseNumber, submission, receivedAt, receivedAt, "registrar");
    }

    /** A moment in the institution's local time. */
    public static Instant local(int year, int month, int day, int hour, int minute, int second) {
        return LocalDateTime.of(year, month, day, hour, minute, second).atZone(ZONE).toInstant();
    }

    /** The last second of a local day, where every statutory period ends. */
    public static Instant endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(ZONE).toInstant();
    }
}
