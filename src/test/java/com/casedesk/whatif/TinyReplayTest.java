package com.casedesk.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay small enough to work out by hand, through the real service (its own context, in-memory H2): four
 * Level-3 complaints arrive on Monday 2025-03-03 between 08:00 and 08:03, one front-line worker needs four full
 * working days (2,040 minutes of 09:00–17:30) for each and settles each on the spot to the complainant's
 * satisfaction. One supervisor takes 30 minutes per escalation.
 *
 * <p>By hand: the worker finishes #0 Thu 03-06 17:30, #1 Wed 03-12, #2 Tue 03-18, #3 Mon 03-24 (weekends are not
 * worked). The company reply date of Level 3 is the 5th working day, Fri 03-07 23:59:59: #1–#3 are still open then,
 * so three overdue escalations (督办). The statutory date is 15 calendar days, Tue 03-18 23:59:59: #0–#2 are decided
 * by it, #3 is not (late by 5 days 17.5 hours). The worker's backlog at each week's end (Sunday 24:00): W10 three
 * (#1 in hand, #2 and #3 waiting), W11 two, W12 one, W13 none; busy every staffed hour of W10–W12.
 */
class TinyReplayTest {

    static Arrival arrival(int seq, String at) {
        return new Arrival(seq, LocalDateTime.parse(at).atZone(WhatIfRun.ZONE).toInstant(), Channel.ONLINE,
                ComplaintCategory.CLAIM_DISPUTE, BusinessLine.INSURANCE, new BigDecimal("1000"), Set.of(), 1);
    }

    static Staffing.TaskPlay fixed(double minutes, String outcome, Map<String, Object> variables) {
        return new Staffing.TaskPlay(new Staffing.ServiceTime(minutes, minutes),
                List.of(new Staffing.Outcome(outcome, 1, variables, null, null)));
    }

    private static WhatIfRun.Outcome run;
    private static Staffing staffing;

    /** One replay for both tests (a replay starts the service's context, ~15 s). */
    @BeforeAll
    static void replay(@TempDir Path work) {
        staffing = new Staffing(new Staffing.Hours(LocalTime.of(9, 0), LocalTime.of(17, 30)),
                Map.of("complaint-frontline", 1, "complaint-supervisor", 1),
                Map.of("Task_FrontlineResolve", fixed(2040, "resolved-satisfied", Map.of("resolvedOnSpot", "true",
                                "satisfiedOnSpot", true, "result", "UPHELD", "rootCause", "SERVICE_QUALITY", "resolution", "当场解决")),
                        "Task_SuperviseOverdue", fixed(30, "supervised", Map.of("supervisionNote", "已督办")),
                        "Task_SuperviseStatutoryBreach", fixed(30, "supervised", Map.of("supervisionNote", "已督办")),
                        "Task_HandleException", fixed(30, "handled", Map.of("exceptionNote", "已联系经办人"))),
                null);
        List<Arrival> arrivals = List.of(arrival(0, "2025-03-03T08:00:00"), arrival(1, "2025-03-03T08:01:00"),
                arrival(2, "2025-03-03T08:02:00"), arrival(3, "2025-03-03T08:03:00"));
        run = WhatIfRun.run(new WhatIfRun.Settings("baseline", 1, 2025, calendar -> arrivals, staffing, null, null, work, true));
    }

    @Test
    void fourLevelThreeComplaintsOneFrontLineWorkerFourDaysEach() {
        List<CaseOutcome> cases = run.result().cases();
        assertThat(cases).extracting(CaseOutcome::seq).containsExactly(0, 1, 2, 3);
        assertThat(cases).extracting(CaseOutcome::level).containsOnly(3);
        assertThat(cases).extracting(c -> local(c.noticeSentAt())).containsExactly("2025-03-06T17:30",
                "2025-03-12T17:30", "2025-03-18T17:30", "2025-03-24T17:30");
        assertThat(cases).extracting(c -> local(c.statutoryDue())).containsOnly("2025-03-18T23:59:59");
        assertThat(cases).extracting(CaseOutcome::onTime).containsExactly(true, true, true, false);
        assertThat(cases).extracting(CaseOutcome::latenessHours).containsExactly(0L, 0L, 0L, 137L);
        assertThat(cases).extracting(CaseOutcome::escalations).containsExactly(0, 1, 1, 1);

        JsonNode report = WhatIfReport.figures(List.of(run.result()), null, Assumptions.of("test", "four arrivals", 4, 2025,
                WhatIfRun.ZONE, staffing, List.of(run.result()), null)).path("baseline");
        assertThat(report.path("cases").asInt()).isEqualTo(4);
        assertThat(report.path("statutoryOnTimeRate").asDouble()).isEqualTo(0.75);
        assertThat(report.path("escalations").asInt()).isEqualTo(3);
        assertThat(report.path("byLevel").path("3").path("cases").asInt()).isEqualTo(4);

        List<GroupWeek> frontline = run.result().weekly().stream().filter(w -> w.group().equals("complaint-frontline"))
                .filter(w -> w.week().compareTo("2025-W10") >= 0).toList();
        assertThat(frontline).extracting(GroupWeek::week).startsWith("2025-W10", "2025-W11", "2025-W12");
        assertThat(frontline).extracting(GroupWeek::backlog).startsWith(3, 2, 1);
        assertThat(frontline).extracting(GroupWeek::completed).startsWith(1, 1, 1);
        assertThat(frontline).extracting(GroupWeek::utilisation).startsWith(1.0, 1.0, 1.0);
        assertThat(frontline.get(0).availableHours()).isEqualTo(42.5);
    }

    /** Every job that fell due ran, in due order, and those due at the same instant in the stream's order. */
    @Test
    void jobsFireInDueOrderAndNoTimerIsSkippedWhenTheClockJumps() {
        List<String> order = run.jobOrder();
        assertThat(order).extracting(j -> Instant.parse(j.substring(0, j.indexOf(' '))))
                .isSortedAccordingTo(Comparator.naturalOrder());
        // the clock jumped from Monday to Tuesday night and on to Friday night: each case's timers fired there,
        // those due at the same instant in the order the complaints arrived
        assertThat(order).filteredOn(j -> j.contains("Timer_ReplyReminder")).containsExactly(
                "2025-03-04T15:59:59Z 000000000 complaint-handling Timer_ReplyReminder/timer-transition",
                "2025-03-04T15:59:59Z 000000001 complaint-handling Timer_ReplyReminder/timer-transition",
                "2025-03-04T15:59:59Z 000000002 complaint-handling Timer_ReplyReminder/timer-transition",
                "2025-03-04T15:59:59Z 000000003 complaint-handling Timer_ReplyReminder/timer-transition");
        assertThat(order).filteredOn(j -> j.contains("Timer_ReplyDeadline")).extracting(j -> j.split(" ")[1])
                .containsExactly("000000001", "000000002", "000000003");
        assertThat(order).filteredOn(j -> j.contains("Timer_StatutoryDeadline")).extracting(j -> j.split(" ")[1])
                .containsExactly("000000003");
        // the hourly sweep for stuck cases fired every hour of the simulated span, none skipped
        List<Instant> sweeps = order.stream().filter(j -> j.contains("complaint-stuck-sweep StartEvent_SweepDue"))
                .map(j -> Instant.parse(j.substring(0, j.indexOf(' ')))).toList();
        for (int i = 1; i < sweeps.size(); i++) {
            assertThat(java.time.Duration.between(sweeps.get(i - 1), sweeps.get(i))).isEqualTo(java.time.Duration.ofHours(1));
        }
        assertThat(sweeps.get(sweeps.size() - 1)).isAfter(Instant.parse("2025-03-24T08:00:00Z"));
    }

    private static String local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, WhatIfRun.ZONE).toString();
    }
}
