package com.casedesk.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.deadline.ServiceZone;
import com.casedesk.support.UnitTest;
import com.casedesk.web.FieldProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** The deadlines of rectification actions: the deadline day, the reminder before it, the escalations after it. */
@UnitTest
class RectificationClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RectificationProperties PROPERTIES =
            new RectificationProperties(Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(1));
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    private static RectificationClock at(Instant now) {
        return new RectificationClock(PROPERTIES, new ServiceZone(SHANGHAI), Clock.fixed(now, ZoneOffset.UTC));
    }

    private final RectificationClock clock = at(Instant.parse("2026-12-01T02:00:00Z"));

    @Test
    void theDeadlineDaysLastSecondIsInTimeTheNextIsOverdue() {
        Instant end = clock.endOf(DEADLINE);

        assertThat(end).isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
        assertThat(end.atZone(SHANGHAI).toLocalDate()).isEqualTo(DEADLINE);
        assertThat(end.plusSeconds(1).atZone(SHANGHAI).toLocalDate()).isEqualTo(DEADLINE.plusDays(1));
    }

    @Test
    void todayIsTheInstitutionsDayNotTheUtcDay() {
        assertThat(at(Instant.parse("2026-12-31T15:59:59Z")).today()).isEqualTo(DEADLINE);
        assertThat(at(Instant.parse("2026-12-31T16:00:00Z")).today()).isEqualTo(DEADLINE.plusDays(1));
    }

    @Test
    void aDeadlineOfTodayIsAcceptedYesterdayIsNot() {
        LocalDate today = at(Instant.parse("2026-12-31T16:00:00Z")).today();

        assertThat(Rectifications.deadlineProblem(today, today)).isEmpty();
        assertThat(Rectifications.deadlineProblem(today.minusDays(1), today))
                .contains(new FieldProblem("deadline", "must be today (2027-01-01) or later"));
        assertThat(Rectifications.deadlineProblem(null, today)).contains(new FieldProblem("deadline", "is required"));
    }

    @Test
    void theOwnerIsRemindedTheConfiguredTimeBeforeTheEndOfTheDeadlineDay() {
        Date deadline = Date.from(clock.endOf(DEADLINE));

        assertThat(clock.reminderDue(deadline).toInstant()).isEqualTo(Instant.parse("2026-12-28T15:59:59Z"));
    }

    @Test
    void escalationsStartAtTheDeadlineAndRepeat() {
        Date deadline = Date.from(clock.endOf(DEADLINE));

        assertThat(clock.overdueCycle(deadline)).isEqualTo("R/2026-12-31T15:59:59Z/PT24H");
        assertThat(clock.escalationTaskDue().toInstant()).isEqualTo(Instant.parse("2026-12-02T02:00:00Z"));
    }
}
