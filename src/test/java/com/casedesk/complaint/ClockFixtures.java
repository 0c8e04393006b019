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
        return new ComplaintProperties(15, 30, 30, maxReplyWithinDays, Duration.ofDays(3), Duration.ofDays(1),
                Duration.ofDays(3), new BigDecimal("10000"), 2, ZONE, Duration.ofHours(2), Duration.ofMinutes(30),
                Duration.ofHours(4), Duration.ofDays(1), Duration.ofHours(4));
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
