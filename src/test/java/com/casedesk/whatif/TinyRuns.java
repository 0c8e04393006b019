package com.casedesk.whatif;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A hand-made what-if: six complaints through a baseline and a candidate whose grading table sends one more case to
 * Level 2, two ISO weeks, two groups (the supervisors staffed with nobody). Case numbers differ between the sides on
 * purpose: cases are matched by seq. The figures each test expects are worked out beside it.
 */
final class TinyRuns {

    static final String HOSTILE = "<script>alert('部门')</script>";
    static final Instant RECEIVED = Instant.parse("2026-02-09T01:00:00Z");

    private TinyRuns() {
    }

    /** {@code onTime}: T on time, F late, C censored (run ended before the date, undecided). */
    static CaseOutcome outcome(String side, int seq, int level, String rule, String department, char onTime,
                               char onTimeOriginal, long lateness, int escalations) {
        Instant received = RECEIVED.plus(seq, ChronoUnit.HOURS);
        Instant original = received.plus(21, ChronoUnit.DAYS);
        Instant due = "CN-15".equals(rule) ? original : received.plus("CN-30".equals(rule) ? 42 : 84, ChronoUnit.DAYS);
        Instant sent = onTime == 'C' ? null : due.plus(onTime == 'T' ? -24 : lateness, ChronoUnit.HOURS);
        return new CaseOutcome(seq, "TS-" + side + "-" + seq, received, "PHONE", "CLAIMS", "LIFE", "10k-50k",
                List.of("VULNERABLE"), level, department, "CN", rule, original, due, sent, sent, sent,
                flag(onTime), flag(onTimeOriginal), lateness, escalations, "CN-60".equals(rule), seq == 4,
                seq == 3 ? 1 : 0, seq == 2 ? 1 : 0, seq == 2 ? 2 : 1, seq == 1);
    }

    private static Boolean flag(char c) {
        return c == 'C' ? null : c == 'T';
    }

    /**
     * Baseline, seed 1: on time 0,1,3,4; late 2 (10 h); censored 5. Levels: 1 → {4}, 2 → {2,3}, 3 → {0,1,5}.
     * Against the original date only 0 and 1 are on time (3 and 4 met a moved date). Escalations 1 + 2 = 3.
     */
    static List<CaseOutcome> baselineCases() {
        return List.of(
                outcome("b", 0, 3, "CN-15", "dept-claims", 'T', 'T', 0, 0),
                outcome("b", 1, 3, "CN-15", "dept-claims", 'T', 'T', 0, 0),
                outcome("b", 2, 2, "CN-15", "dept-sales", 'F', 'F', 10, 1),
                outcome("b", 3, 2, "CN-30", "dept-sales", 'T', 'F', 0, 0),
                outcome("b", 4, 1, "CN-60", HOSTILE, 'T', 'F', 0, 2),
                outcome("b", 5, 3, "CN-15", "dept-claims", 'C', 'C', 0, 0));
    }

    /** Candidate, seed 1: case 1 goes to Level 2 and is late (30 h, 1 escalation); case 2 is now on time. */
    static List<CaseOutcome> candidateCases() {
        List<CaseOutcome> cases = new ArrayList<>(List.of(
                outcome("c", 0, 3, "CN-15", "dept-claims", 'T', 'T', 0, 0),
                outcome("c", 1, 2, "CN-15", "dept-claims", 'F', 'F', 30, 1),
                outcome("c", 2, 2, "CN-15", "dept-sales", 'T', 'T', 0, 0),
                outcome("c", 3, 2, "CN-30", "dept-sales", 'T', 'F', 0, 0),
                outcome("c", 4, 1, "CN-60", HOSTILE, 'T', 'F', 0, 2),
                outcome("c", 5, 3, "CN-15", "dept-claims", 'C', 'C', 0, 0)));
        return cases;
    }

    /** Frontline: 2 people × 8.5 h × 5 days = 85 h a week; supervisors: nobody, yet tasks wait for them. */
    static List<GroupWeek> weeks(int frontlineBacklogW07, int frontlineBacklogW08, int supervisorBacklog) {
        return List.of(
                new GroupWeek("2026-W07", "complaint-frontline", frontlineBacklogW07, 4, 8.5, 85, 0.1),
                new GroupWeek("2026-W07", "complaint-supervisor", supervisorBacklog, 0, 0, 0, 0),
                new GroupWeek("2026-W08", "complaint-frontline", frontlineBacklogW08, 3, 17, 85, 0.2),
                new GroupWeek("2026-W08", "complaint-supervisor", supervisorBacklog + 1, 0, 0, 0, 0));
    }

    static RunResult run(String label, long seed, List<CaseOutcome> cases, List<GroupWeek> weeks) {
        Map<String, String> models = "baseline".equals(label)
                ? Map.of("processes/complaint/handling.bpmn", "aa11", "decisions/complaint-grading.dmn", "bb22")
                : Map.of("processes/complaint/handling.bpmn", "aa11", "decisions/complaint-grading.dmn", "cc33");
        Map<String, Double> seconds = Map.of("total", 12.5, "jobs", 4.25, "start", 3.0, "tasks", 5.0);
        return new RunResult(label, seed, 2026, models, cases, weeks,
                new RunResult.RunStats(40, 0, 25, 1, 3, "2026-12-31T16:00:00Z", seconds));
    }

    static RunResult baseline(long seed) {
        return run("baseline", seed, baselineCases(), weeks(3, 0, 1));
    }

    static RunResult candidate(long seed) {
        return run("candidate", seed, candidateCases(), weeks(4, 1, 2));
    }

    static Staffing staffing() {
        return new Staffing(new Staffing.Hours(LocalTime.of(9, 0), LocalTime.of(17, 30)),
                Map.of("complaint-frontline", 2, "complaint-supervisor", 0),
                Map.of("Task_Decide", new Staffing.TaskPlay(new Staffing.ServiceTime(45, 120), List.of(
                        new Staffing.Outcome("upheld", 0.75, Map.of(), null, null),
                        new Staffing.Outcome("rejected", 0.25, Map.of(), null, null)))), null);
    }

    static Assumptions assumptions(List<RunResult> baseline, List<RunResult> candidate) {
        return Assumptions.of("tiny", "hand-made, TinyRuns", 6, 2026, ZoneId.of("Asia/Shanghai"), staffing(),
                baseline, candidate);
    }
}
