package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.casedesk.support.UnitTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@UnitTest
class WorkingMinutesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Staffing.Hours HOURS = new Staffing.Hours(LocalTime.of(9, 0), LocalTime.of(17, 30));

    @Test
    void countsOnlyTheHoursOfWorkingDays() {
        // Friday 2031-05-16 17:00 to Monday 09:20: 30 minutes on Friday, 20 on Monday, the weekend none
        assertThat(WorkingMinutes.between(at(2031, 5, 16, 17, 0), at(2031, 5, 19, 9, 20), SHANGHAI, HOURS,
                WorkingMinutes.WEEKDAYS)).isEqualTo(50.0);
        // within one day
        assertThat(WorkingMinutes.between(at(2031, 5, 14, 10, 0), at(2031, 5, 14, 10, 30), SHANGHAI, HOURS,
                WorkingMinutes.WEEKDAYS)).isEqualTo(30.0);
        // a lunch break is not known: the day's hours count whole
        assertThat(WorkingMinutes.between(at(2031, 5, 14, 8, 0), at(2031, 5, 14, 19, 0), SHANGHAI, HOURS,
                WorkingMinutes.WEEKDAYS)).isEqualTo(510.0);
        // all in the evening: nothing
        assertThat(WorkingMinutes.between(at(2031, 5, 14, 18, 0), at(2031, 5, 14, 19, 0), SHANGHAI, HOURS,
                WorkingMinutes.WEEKDAYS)).isZero();
        // a holiday given by the calendar's predicate is left out
        LocalDate holiday = LocalDate.of(2031, 5, 19);
        assertThat(WorkingMinutes.between(at(2031, 5, 16, 17, 0), at(2031, 5, 20, 9, 20), SHANGHAI, HOURS,
                day -> WorkingMinutes.WEEKDAYS.test(day) && !day.equals(holiday))).isEqualTo(50.0);
    }

    @Test
    void plusIsTheInverse() {
        assertThat(WorkingMinutes.plus(at(2031, 5, 16, 17, 0), 50, SHANGHAI, HOURS, WorkingMinutes.WEEKDAYS))
                .isEqualTo(at(2031, 5, 19, 9, 20));
        // started in the evening: begins the next working morning
        assertThat(WorkingMinutes.plus(at(2031, 5, 14, 20, 0), 30, SHANGHAI, HOURS, WorkingMinutes.WEEKDAYS))
                .isEqualTo(at(2031, 5, 15, 9, 30));
        assertThatThrownBy(() -> WorkingMinutes.plus(at(2031, 5, 14, 20, 0), 30, SHANGHAI, HOURS, day -> false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quantilesInterpolateBetweenRanksAsPercentileCont() {
        List<Double> sample = java.util.stream.IntStream.rangeClosed(10, 34).mapToObj(i -> (double) i).toList();
        assertThat(TaskFit.quantile(sample, 0.5)).isEqualTo(22.0);
        assertThat(TaskFit.quantile(sample, 0.9)).isCloseTo(31.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TaskFit.quantile(List.of(7.0), 0.9)).isEqualTo(7.0);
    }

    @Test
    void anOutcomeIsMatchedByTheFieldsThatDecideThePathAndItsAction() {
        Staffing base = Staffing.defaults();
        Staffing.TaskPlay frontline = base.tasks().get("Task_FrontlineResolve");
        List<String> by = OutcomeShares.discriminators("Task_FrontlineResolve", frontline);
        assertThat(OutcomeShares.match(frontline, by, Map.of("resolvedOnSpot", "true", "satisfiedOnSpot", "true"), null)).isZero();
        assertThat(OutcomeShares.match(frontline, by, Map.of("resolvedOnSpot", "true", "satisfiedOnSpot", "false"), null)).isOne();
        assertThat(OutcomeShares.match(frontline, by, Map.of("resolvedOnSpot", "false"), null)).isEqualTo(2);

        Staffing.TaskPlay investigate = base.tasks().get("Task_Investigate");
        List<String> complex = OutcomeShares.discriminators("Task_Investigate", investigate);
        assertThat(OutcomeShares.match(investigate, complex, Map.of("complex", "true"), null)).isOne();
        assertThat(OutcomeShares.match(investigate, complex, Map.of("complex", "true"), "extension")).isEqualTo(2);
        assertThat(OutcomeShares.match(investigate, complex, Map.of("complex", "true"), "pause")).isEqualTo(-1);

        // "@department" stands for any group no other outcome names
        Staffing.TaskPlay organise = base.tasks().get("Task_OrganiseInvestigation");
        List<String> group = OutcomeShares.discriminators("Task_OrganiseInvestigation", organise);
        assertThat(OutcomeShares.match(organise, group, Map.of("investigationGroup", "dept-claims"), null)).isZero();
        assertThat(OutcomeShares.match(organise, group, Map.of("investigationGroup", "complaint-supervisor"), null)).isOne();
    }

    @Test
    void sharesSumToOneAfterRounding() {
        List<Staffing.Outcome> outcomes = Staffing.defaults().tasks().get("Task_SatisfactionCallback").outcomes();
        List<Staffing.Outcome> shared = OutcomeShares.withShares(outcomes, new long[] {14, 4, 3});
        assertThat(shared).extracting(Staffing.Outcome::p).containsExactly(0.6666, 0.1905, 0.1429);
        assertThat(shared.stream().mapToDouble(Staffing.Outcome::p).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shared.get(0).variables()).isEqualTo(outcomes.get(0).variables());
    }

    @Test
    void credentialsComeOutOfTheUrlAndNeverShow() {
        FitSource pg = FitSource.parse("jdbc:postgresql://db:5432/casedesk?user=reader&password=s%26cret&ssl=true", Map.of());
        assertThat(pg.url()).isEqualTo("jdbc:postgresql://db:5432/casedesk?ssl=true");
        assertThat(pg.user()).isEqualTo("reader");
        assertThat(pg.toString()).doesNotContain("cret");
        FitSource h2 = FitSource.parse("jdbc:h2:tcp://db/casedesk;USER=sa;PASSWORD=secret", Map.of());
        assertThat(h2.url()).isEqualTo("jdbc:h2:tcp://db/casedesk");
        FitSource env = FitSource.parse("jdbc:postgresql://db/casedesk?ssl=true&password=x",
                Map.of(FitSource.USER_VARIABLE, "env-user", FitSource.PASSWORD_VARIABLE, "env-secret"));
        assertThat(env.url()).isEqualTo("jdbc:postgresql://db/casedesk?ssl=true");
        assertThat(env.user()).isEqualTo("env-user");
        assertThatThrownBy(() -> FitSource.parse("postgres://db", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJarsChinaCalendarKnowsHolidaysAndMakeUpDays() {
        var calendar = StaffingFit.chinaCalendar(SHANGHAI);
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();
        assertThat(calendar.loadedYears()).contains(2026);
    }

    @Test
    void aDatabaseThatCannotBeReadIsNamedWithoutItsPassword() {
        FitSource source = FitSource.parse("jdbc:postgresql://127.0.0.1:1/casedesk?user=reader&password=TopSecret1", Map.of());
        assertThatThrownBy(() -> StaffingFit.fit(source, Staffing.defaults(), SHANGHAI, StaffingFit.Window.all(),
                WorkingMinutes.WEEKDAYS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read jdbc:postgresql://127.0.0.1:1/casedesk as reader")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TopSecret1"));
    }

    private static Instant at(int y, int m, int d, int h, int min) {
        return ZonedDateTime.of(y, m, d, h, min, 0, 0, SHANGHAI).toInstant();
    }
}
